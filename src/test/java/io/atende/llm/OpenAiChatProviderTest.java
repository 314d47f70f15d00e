package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.llm.fake.FakeLlmServer;
import io.atende.llm.fake.FakeReply;
import io.atende.llm.fake.FakeUsage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenAiChatProviderTest extends ChatProviderContract {

    @Override
    String providerName() {
        return "openai";
    }

    @Override
    String baseUrl(FakeLlmServer fake) {
        return fake.openAiBaseUrl();
    }

    @Override
    String chatPath() {
        return "/v1/chat/completions";
    }

    @Override
    boolean sendsKey() {
        return true;
    }

    @Test
    void shouldReportCachedPromptTokensFromThePromptTokenDetails() {
        fake.enqueue(FakeReply.text("Oi!", FakeUsage.cached(1_000, 20, 768)));

        assertThat(provider().call(MODEL, ask(PROMPT), null).usage()).isEqualTo(Usage.reported(1_000, 20, 768));
    }

    @Test
    void shouldAskForAJsonObjectWhenJsonOutputIsWanted() {
        fake.enqueue(FakeReply.text("{\"intent\":\"pedido\"}", FakeUsage.of(10, 5)));
        LlmRequest request = new LlmRequest(null, Feature.DECISION, List.of(new LlmMessage.User(PROMPT)), List.of(),
                true, 50, null);

        assertThat(provider().call(MODEL, request, null).text()).isEqualTo("{\"intent\":\"pedido\"}");
        assertThat(sent().path("response_format").path("type").asString()).isEqualTo("json_object");
    }

    @Test
    void shouldAskForTheUsageOfAStreamedAnswer() {
        provider().call(MODEL, ask(PROMPT), piece -> { });

        assertThat(sent().path("stream_options").path("include_usage").asBoolean()).isTrue();
    }

    @Test
    void shouldSendTheMaximumOutputTokensAsMaxTokensToACompatibleServer() {
        provider().call(MODEL, ask(PROMPT), null);

        assertThat(sent().path("max_tokens").asInt()).isEqualTo(300);
        assertThat(sent().has("max_completion_tokens")).isFalse();
    }

    @Test
    void shouldSendTheMaximumOutputTokensAsMaxCompletionTokensToOpenAi() {
        // OpenAI's reasoning models refuse max_tokens; the flag is what ChatProviders sets for api.openai.com
        new OpenAiChatProvider(fake.openAiBaseUrl(), KEY, Duration.ofSeconds(10), true).call(MODEL, ask(PROMPT), null);

        assertThat(sent().path("max_completion_tokens").asInt()).isEqualTo(300);
        assertThat(sent().has("max_tokens")).isFalse();
        assertThat(OpenAiChatProvider.isOpenAi("https://api.openai.com/v1")).isTrue();
        assertThat(OpenAiChatProvider.isOpenAi(fake.openAiBaseUrl())).isFalse();
    }

    @Test
    void shouldSendNoKeyToACompatibleServerConfiguredWithoutOne() {
        ChatProviders.create(LlmTestProperties.of("openai", fake.openAiBaseUrl(), "", 10_000)).call(MODEL, ask(PROMPT), null);

        assertThat(fake.received().getFirst().authHeader()).isFalse();
    }
}
