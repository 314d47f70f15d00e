package io.atende.tool;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures every call and tells the listeners its outcome and latency: the one place for cross-cutting concerns,
 * so the adapter does not repeat them.
 */
public final class ObservedToolCaller implements ToolCaller {

    private static final Logger log = LoggerFactory.getLogger(ObservedToolCaller.class);

    private final ToolCaller delegate;
    private final List<ToolCallListener> listeners;

    public ObservedToolCaller(ToolCaller delegate, List<ToolCallListener> listeners) {
        this.delegate = delegate;
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public ToolResult call(String toolName, Map<String, String> arguments) {
        long start = System.nanoTime();
        ToolResult result = delegate.call(toolName, arguments);
        ToolCallRecord record = ToolCallRecord.of(toolName, result, Duration.ofNanos(System.nanoTime() - start));
        for (ToolCallListener listener : listeners) {
            try {
                listener.onCall(record);
            } catch (RuntimeException e) {
                // a broken metrics listener must not turn an answered call into a failed turn
                log.warn("tool call listener {} failed: {}", listener.getClass().getSimpleName(), e.toString());
            }
        }
        return result;
    }
}
