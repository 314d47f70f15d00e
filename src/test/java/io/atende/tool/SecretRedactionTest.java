package io.atende.tool;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The API key reaches the store, and nothing else: not the log (at any level), not a result, not a record. */
class SecretRedactionTest {

    private static final String KEY = "sk-live-3c1f0e9d8b7a6f5e";

    private final TestStoreServer server = new TestStoreServer();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void restore() {
        root.detachAppender(log);
        root.setLevel(rootLevel);
        server.close();
    }

    @Test
    void shouldSendTheApiKeyToTheStoreButNeverLogOrReturnIt() {
        ToolCaller tools = new ObservedToolCaller(new HttpToolCaller(
                ToolPacks.fixed(ToolPacks.withTools(HttpToolCallerTest.TOOLS)), ToolProperties.defaults(),
                ToolPacks.environment(Map.of("LOJA_API_URL", server.address(), "LOJA_API_KEY", KEY), null)),
                List.of(new LoggingToolCallListener()));

        List<ToolResult> results = List.of(tools.call("score", Map.of("cpf", "529.982.247-25")),
                tools.call("score", Map.of("cpf", "529.982.247-26")));

        // other threads of the JVM keep logging: stop capturing, then read a stable copy
        root.detachAppender(log);
        List<ch.qos.logback.classic.spi.ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        assertThat(server.received).extracting(TestStoreServer.Received::apiKey).containsExactly(KEY);
        assertThat(events).isNotEmpty().noneSatisfy(e -> assertThat(e.getFormattedMessage()).contains(KEY));
        assertThat(events).noneSatisfy(e -> assertThat(e.getFormattedMessage()).contains("52998224725"));
        assertThat(results).noneSatisfy(r -> assertThat(r.toString()).contains(KEY));
    }
}
