package io.atende.llm;

import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;

/**
 * OpenAI chat completions, and any endpoint that speaks them. Cached prompt tokens come from {@code
 * usage.prompt_tokens_details.cached_tokens}.
 */
final class OpenAiChatProvider extends LangChainChatProvider {

    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    OpenAiChatProvider(String baseUrl, String apiKey, Duration timeout) {
        super("openai",
                OpenAiChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .timeout(timeout)
                        .maxRetries(0)
                        .httpClientBuilder(ProviderHttpClient.builder("openai", timeout))
                        .build(),
                OpenAiStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .timeout(timeout)
                        .httpClientBuilder(ProviderHttpClient.builder("openai", timeout))
                        .build(),
                timeout);
    }

    /** {@code max_completion_tokens}: OpenAI's reasoning models refuse the older {@code max_tokens}. */
    @Override
    DefaultChatRequestParameters.Builder<?> parameters(String model, LlmRequest request) {
        return OpenAiChatRequestParameters.builder().modelName(model).maxCompletionTokens(request.maxOutputTokens());
    }

    @Override
    Usage usage(TokenUsage tokenUsage) {
        if (absent(tokenUsage)) {
            return null;
        }
        long cached = 0;
        if (tokenUsage instanceof OpenAiTokenUsage openAi && openAi.inputTokensDetails() != null) {
            cached = count(openAi.inputTokensDetails().cachedTokens());
        }
        return Usage.reported(count(tokenUsage.inputTokenCount()), count(tokenUsage.outputTokenCount()), cached);
    }

    @Override
    boolean supportsJsonOutput() {
        return true;
    }
}
