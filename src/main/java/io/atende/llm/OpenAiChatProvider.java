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

    private final boolean maxCompletionTokens;

    /**
     * @param maxCompletionTokens send the output limit as {@code max_completion_tokens}, which OpenAI's reasoning
     *                            models require; otherwise as {@code max_tokens}, the field compatible servers know
     */
    OpenAiChatProvider(String baseUrl, String apiKey, Duration timeout, boolean maxCompletionTokens) {
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
        this.maxCompletionTokens = maxCompletionTokens;
    }

    /** Whether the base URL is OpenAI's own API (rather than a compatible server). */
    static boolean isOpenAi(String baseUrl) {
        String host = java.net.URI.create(baseUrl).getHost();
        return host != null && host.equalsIgnoreCase("api.openai.com");
    }

    @Override
    DefaultChatRequestParameters.Builder<?> parameters(String model, LlmRequest request) {
        return maxCompletionTokens
                ? OpenAiChatRequestParameters.builder().modelName(model).maxCompletionTokens(request.maxOutputTokens())
                : super.parameters(model, request);
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
