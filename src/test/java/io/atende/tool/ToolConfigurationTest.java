package io.atende.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.testsupport.AtendeTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application's ToolCaller: measured per tool and outcome, and aware of its own server's address. */
@AtendeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ToolConfigurationTest {

    @LocalServerPort
    int port;

    @Autowired
    ToolCaller tools;

    @Autowired
    ToolEnvironment environment;

    @Autowired
    MeterRegistry meters;

    @Test
    void shouldTimeEveryCallByToolAndOutcome() {
        ToolResult result = tools.call("nao_declarada", Map.of());

        assertThat(result).isInstanceOfSatisfying(ToolResult.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(ToolResult.FailureKind.UNKNOWN_TOOL));
        Timer timer = meters.find("atende.tool.calls").tags("tool", "nao_declarada", "outcome", "unknown_tool").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isEqualTo(1);
    }

    @Test
    void shouldResolvePathBaseUrlsOnTheRunningServer() {
        assertThat(environment.serverAddress()).contains("http://127.0.0.1:" + port);
    }
}
