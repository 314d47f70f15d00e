package io.atende.tool;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each call's tool, outcome, status and latency: never its arguments, address or headers. */
final class LoggingToolCallListener implements ToolCallListener {

    private static final Logger log = LoggerFactory.getLogger(LoggingToolCallListener.class);

    @Override
    public void onCall(ToolCallRecord call) {
        log.info("tool {} {} status={} in {} ms", call.tool(), call.outcome(),
                call.status().map(String::valueOf).orElse("-"), call.latency().toMillis());
    }
}
