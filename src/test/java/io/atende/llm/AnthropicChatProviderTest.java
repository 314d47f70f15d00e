package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.llm.fake.FakeLlmServer;
import io.atende.llm.fake.FakeReply;
import io.atende.llm.fake.FakeUsage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicChatProviderTest extends ChatProviderContract {

    @Override
    String providerName() {
        return "anthropic";
    }

    @Override
    String baseUrl(FakeLlmServer fake) {
        return fake.anthropicBaseUrl();
    }

    @Override
    String chatPath() {
        return "/v1/messages";
    }

    @Override
    boolean sendsKey() {
        return true;
    }

    @Test
    void shouldCountCacheReadsAndWritesAsInputAndCacheReadsAsCached() {
        // on the wire: input_tokens 200, cache_read_input_tokens 700, cache_creation_input_tokens 100
        fake.enqueue(FakeReply.text("Oi!", new FakeUsage(1_000, 20, 700, 100)));

        assertThat(provider().call(MODEL, ask(PROMPT), null).usage()).isEqualTo(Usage.reported(1_000, 20, 700));
    }

    @Test
    void shouldCountCacheReadsOfAStreamedAnswer() {
        fake.enqueue(FakeReply.text("Oi, tudo bem?", new FakeUsage(1_000, 20, 700, 100)));
        List<String> pieces = new ArrayList<>();

        assertThat(provider().call(MODEL, ask(PROMPT), pieces::add).usage()).isEqualTo(Usage.reported(1_000, 20, 700));
    }

    @Test
    void shouldSendTheMaximumOutputTokensAndTheSystemPromptApart() {
        provider().call(MODEL, ask(PROMPT), null);

        assertThat(sent().path("max_tokens").asInt()).isEqualTo(300);
        assertThat(sent().path("system").toString()).contains("Você é a assistente da loja.");
        assertThat(sent().path("messages").toString()).doesNotContain("Você é a assistente da loja.");
    }
}
