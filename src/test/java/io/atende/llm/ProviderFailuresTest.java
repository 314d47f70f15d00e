package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderFailuresTest {

    @Test
    void shouldReadRetryAfterInSecondsMillisecondsOrAsADate() {
        assertThat(ProviderFailures.retryAfterMs(Map.of("Retry-After", List.of("3")))).isEqualTo(3_000);
        assertThat(ProviderFailures.retryAfterMs(Map.of("retry-after", List.of("1.5")))).isEqualTo(1_500);
        assertThat(ProviderFailures.retryAfterMs(Map.of("retry-after-ms", List.of("250"), "retry-after", List.of("1"))))
                .isEqualTo(250);
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        assertThat(ProviderFailures.retryAfterMs(Map.of("Retry-After", List.of(inTenSeconds)))).isBetween(8_000L, 10_000L);
        assertThat(ProviderFailures.retryAfterMs(Map.of())).isEqualTo(-1);
        assertThat(ProviderFailures.retryAfterMs(Map.of("Retry-After", List.of("soon")))).isEqualTo(-1);
    }

    @Test
    void shouldNameTheProvidersErrorCodeButNeverQuoteItsMessage() {
        LlmException e = ProviderFailures.status("openai", 401, Map.of(),
                "{\"error\":{\"message\":\"Incorrect API key provided: sk-abc123\",\"type\":\"invalid_request_error\","
                        + "\"code\":\"invalid_api_key\"}}");

        assertThat(e.getMessage()).isEqualTo("openai answered HTTP 401 (invalid_api_key)");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void shouldMapEveryStatusToItsKind() {
        assertThat(kind(429)).isEqualTo(LlmException.Kind.RATE_LIMITED);
        assertThat(kind(500)).isEqualTo(LlmException.Kind.SERVER_ERROR);
        assertThat(kind(503)).isEqualTo(LlmException.Kind.SERVER_ERROR);
        assertThat(kind(529)).isEqualTo(LlmException.Kind.SERVER_ERROR);
        assertThat(kind(401)).isEqualTo(LlmException.Kind.AUTHENTICATION);
        assertThat(kind(403)).isEqualTo(LlmException.Kind.AUTHENTICATION);
        assertThat(kind(400)).isEqualTo(LlmException.Kind.INVALID_REQUEST);
        assertThat(kind(404)).isEqualTo(LlmException.Kind.INVALID_REQUEST);
        assertThat(kind(408)).isEqualTo(LlmException.Kind.TIMEOUT);
    }

    private static LlmException.Kind kind(int status) {
        return ProviderFailures.status("p", status, Map.of(), "<html>error</html>").kind();
    }
}
