package io.atende.llm;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;

/** Ollama's chat endpoint: {@code prompt_eval_count} and {@code eval_count} are the usage; no key, no cache. */
final class OllamaChatProvider extends LangChainChatProvider {

    static final String DEFAULT_BASE_URL = "http://localhost:11434";

    OllamaChatProvider(String baseUrl, Duration timeout) {
        super("ollama",
                OllamaChatModel.builder()
                        .baseUrl(baseUrl)
                        .timeout(timeout)
                        .maxRetries(0)
                        .httpClientBuilder(ProviderHttpClient.builder("ollama", timeout))
                        .build(),
                OllamaStreamingChatModel.builder()
                        .baseUrl(baseUrl)
                        .timeout(timeout)
                        .httpClientBuilder(ProviderHttpClient.builder("ollama", timeout))
                        .build(),
                timeout);
    }

    @Override
    Usage usage(TokenUsage tokenUsage) {
        if (absent(tokenUsage)) {
            return null;
        }
        return Usage.reported(count(tokenUsage.inputTokenCount()), count(tokenUsage.outputTokenCount()), 0);
    }

    @Override
    boolean supportsJsonOutput() {
        return true;
    }
}
