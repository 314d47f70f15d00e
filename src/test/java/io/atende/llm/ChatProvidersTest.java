package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChatProvidersTest {

    @Test
    void shouldBuildTheProviderThePropertiesName() {
        assertThat(ChatProviders.create(LlmTestProperties.of("openai", "", "sk-x", 1_000)).name()).isEqualTo("openai");
        assertThat(ChatProviders.create(LlmTestProperties.of(" Anthropic ", "", "k", 1_000)).name()).isEqualTo("anthropic");
        assertThat(ChatProviders.create(LlmTestProperties.of("ollama", "", "", 1_000)).name()).isEqualTo("ollama");
    }

    @Test
    void shouldRefuseAnUnknownProviderNamingTheChoices() {
        assertThatThrownBy(() -> ChatProviders.create(LlmTestProperties.of("gemini", "", "k", 1_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown LLM provider 'gemini'")
                .hasMessageContaining("openai, anthropic or ollama");
    }

    @Test
    void shouldRefuseToBuildWithoutAProvider() {
        assertThatThrownBy(() -> ChatProviders.create(LlmProperties.disabled()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATENDE_LLM_PROVIDER");
    }

    @Test
    void shouldAskForAKeyWhereTheProviderNeedsOneWithoutShowingAnything() {
        assertThatThrownBy(() -> ChatProviders.create(LlmTestProperties.of("anthropic", "", "", 1_000)))
                .hasMessageContaining("ATENDE_LLM_API_KEY");
        assertThatThrownBy(() -> ChatProviders.create(LlmTestProperties.of("openai", "", "", 1_000)))
                .hasMessageContaining("ATENDE_LLM_API_KEY");
        // a self-hosted OpenAI-compatible endpoint may need no key
        assertThat(ChatProviders.create(LlmTestProperties.of("openai", "http://127.0.0.1:8000/v1", "", 1_000)).name())
                .isEqualTo("openai");
    }

    @Test
    void shouldBuildATranscriberOnlyForAnOpenAiCompatibleProviderWithATranscriptionModel() {
        assertThat(ChatProviders.transcriber(LlmTestProperties.of("openai", "", "k", 1_000, "gpt-4o-mini-transcribe")))
                .isPresent();
        assertThat(ChatProviders.transcriber(LlmTestProperties.of("openai", "", "k", 1_000, ""))).isEmpty();
        assertThat(ChatProviders.transcriber(LlmTestProperties.of("anthropic", "", "k", 1_000, "whisper-1"))).isEmpty();
    }
}
