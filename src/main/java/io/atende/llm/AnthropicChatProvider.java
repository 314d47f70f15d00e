package io.atende.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.anthropic.AnthropicTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;

/**
 * Anthropic messages. Anthropic counts prompt tokens read from and written to its cache apart from {@code
 * input_tokens}; the gateway's input is all three, of which the cache reads are the cached tokens.
 */
final class AnthropicChatProvider extends LangChainChatProvider {

    static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1";

    AnthropicChatProvider(String baseUrl, String apiKey, Duration timeout) {
        super("anthropic",
                AnthropicChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .timeout(timeout)
                        .maxRetries(0)
                        .httpClientBuilder(ProviderHttpClient.builder("anthropic", timeout))
                        .build(),
                AnthropicStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .timeout(timeout)
                        .httpClientBuilder(ProviderHttpClient.builder("anthropic", timeout))
                        .build(),
                timeout);
    }

    @Override
    Usage usage(TokenUsage tokenUsage) {
        if (tokenUsage == null) {
            return null;
        }
        long input = count(tokenUsage.inputTokenCount());
        long cacheRead = 0;
        long cacheWrite = 0;
        if (tokenUsage instanceof AnthropicTokenUsage anthropic) {
            cacheRead = count(anthropic.cacheReadInputTokens());
            cacheWrite = count(anthropic.cacheCreationInputTokens());
        }
        if (input + cacheRead + cacheWrite == 0 && count(tokenUsage.outputTokenCount()) == 0) {
            return null; // see absent(): the stream's counters start at zero when no usage came
        }
        return Usage.reported(input + cacheRead + cacheWrite, count(tokenUsage.outputTokenCount()), cacheRead);
    }

    @Override
    boolean supportsJsonOutput() {
        return false; // Anthropic has no schema-less JSON mode: the prompt asks for JSON
    }
}
