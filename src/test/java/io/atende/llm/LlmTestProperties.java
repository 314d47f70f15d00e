package io.atende.llm;

import java.math.BigDecimal;

/** {@link LlmProperties} for the adapter tests: a provider, an endpoint, a key and a timeout, defaults elsewhere. */
final class LlmTestProperties {

    private LlmTestProperties() {
    }

    static LlmProperties of(String provider, String baseUrl, String apiKey, long timeoutMs) {
        return of(provider, baseUrl, apiKey, timeoutMs, "");
    }

    static LlmProperties of(String provider, String baseUrl, String apiKey, long timeoutMs, String transcriptionModel) {
        return new LlmProperties(provider, baseUrl, apiKey, "fake-model", "", transcriptionModel, "", "", "", timeoutMs,
                2, 500, 5, 30_000, 4, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, "USD", "");
    }
}
