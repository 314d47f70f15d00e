package io.atende.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the provider adapters from {@code atende.llm}: the one {@link ChatProvider} the properties name, and the
 * {@link Transcriber} when a transcription model is set. Adapters make one HTTP exchange per call; the gateway
 * retries.
 */
public final class ChatProviders {

    private ChatProviders() {
    }

    /**
     * @throws IllegalArgumentException when no provider or an unknown one is named, or a needed key is missing
     */
    public static ChatProvider create(LlmProperties properties) {
        if (!properties.enabled()) {
            throw new IllegalArgumentException("no LLM provider is configured: set ATENDE_LLM_PROVIDER (atende.llm.provider)"
                    + " to openai, anthropic or ollama");
        }
        Duration timeout = Duration.ofMillis(properties.timeoutMs());
        String provider = properties.provider().strip().toLowerCase(Locale.ROOT);
        return switch (provider) {
            case "openai" -> {
                String baseUrl = baseUrl(properties, OpenAiChatProvider.DEFAULT_BASE_URL);
                boolean openAi = OpenAiChatProvider.isOpenAi(baseUrl);
                yield new OpenAiChatProvider(baseUrl, key(properties, openAi), timeout, openAi);
            }
            case "anthropic" -> new AnthropicChatProvider(baseUrl(properties, AnthropicChatProvider.DEFAULT_BASE_URL),
                    key(properties, true), timeout);
            case "ollama" -> new OllamaChatProvider(baseUrl(properties, OllamaChatProvider.DEFAULT_BASE_URL), timeout);
            default -> throw new IllegalArgumentException("unknown LLM provider '" + properties.provider().strip()
                    + "' (ATENDE_LLM_PROVIDER): use openai, anthropic or ollama");
        };
    }

    /**
     * The transcriber of voice notes: the OpenAI-compatible transcription endpoint of the configured base URL (or
     * OpenAI's), when {@code transcription-model} is set and the provider speaks it; empty otherwise.
     */
    public static Optional<Transcriber> transcriber(LlmProperties properties) {
        if (!properties.enabled() || properties.transcriptionModel() == null || properties.transcriptionModel().isBlank()) {
            return Optional.empty();
        }
        if (!"openai".equals(properties.provider().strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // Anthropic and Ollama have no transcription endpoint
        }
        String baseUrl = baseUrl(properties, OpenAiChatProvider.DEFAULT_BASE_URL);
        return Optional.of(new OpenAiTranscriber(baseUrl, key(properties, OpenAiChatProvider.isOpenAi(baseUrl)),
                properties.transcriptionModel().strip(), Duration.ofMillis(properties.timeoutMs())));
    }

    private static String baseUrl(LlmProperties properties, String defaultUrl) {
        String url = properties.baseUrl() == null ? "" : properties.baseUrl().strip();
        if (url.isEmpty()) {
            return defaultUrl;
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** The key, or {@code null} for a self-hosted OpenAI-compatible endpoint that needs none (no header is sent). */
    private static String key(LlmProperties properties, boolean required) {
        String key = properties.apiKey() == null ? "" : properties.apiKey().strip();
        if (key.isEmpty() && required) {
            throw new IllegalArgumentException("the " + properties.provider().strip()
                    + " provider needs a key: set ATENDE_LLM_API_KEY");
        }
        return key.isEmpty() ? null : key;
    }
}
