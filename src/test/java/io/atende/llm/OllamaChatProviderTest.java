package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.llm.fake.FakeLlmServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class OllamaChatProviderTest extends ChatProviderContract {

    @Override
    String providerName() {
        return "ollama";
    }

    @Override
    String baseUrl(FakeLlmServer fake) {
        return fake.ollamaBaseUrl();
    }

    @Override
    String chatPath() {
        return "/api/chat";
    }

    @Override
    boolean sendsKey() {
        return false;
    }

    @Test
    void shouldAskForJsonFormatWhenJsonOutputIsWanted() {
        LlmRequest request = new LlmRequest(null, Feature.DECISION, List.of(new LlmMessage.User(PROMPT)), List.of(),
                true, 50, null);

        provider().call(MODEL, request, null);

        assertThat(sent().path("format").asString()).isEqualTo("json");
    }

    @Test
    void shouldSendTheMaximumOutputTokensAsNumPredict() {
        provider().call(MODEL, ask(PROMPT), null);

        assertThat(sent().path("options").path("num_predict").asInt()).isEqualTo(300);
    }
}
