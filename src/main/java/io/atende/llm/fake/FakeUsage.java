package io.atende.llm.fake;

/**
 * The tokens a scripted answer reports, in one neutral convention the protocol writers translate: {@code
 * inputTokens} counts every prompt token, those read from the cache ({@code cachedTokens}) and those written to it
 * ({@code cacheWriteTokens}) included. OpenAI sends {@code prompt_tokens = inputTokens} and {@code
 * prompt_tokens_details.cached_tokens = cachedTokens}; Anthropic sends {@code input_tokens = inputTokens -
 * cachedTokens - cacheWriteTokens}, {@code cache_read_input_tokens = cachedTokens} and {@code
 * cache_creation_input_tokens = cacheWriteTokens}; Ollama sends {@code prompt_eval_count = inputTokens}.
 */
public record FakeUsage(long inputTokens, long outputTokens, long cachedTokens, long cacheWriteTokens) {

    public FakeUsage {
        if (inputTokens < 0 || outputTokens < 0 || cachedTokens < 0 || cacheWriteTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
        if (cachedTokens + cacheWriteTokens > inputTokens) {
            throw new IllegalArgumentException("cached and cache-write tokens are part of the input tokens");
        }
    }

    public static FakeUsage of(long inputTokens, long outputTokens) {
        return new FakeUsage(inputTokens, outputTokens, 0, 0);
    }

    public static FakeUsage cached(long inputTokens, long outputTokens, long cachedTokens) {
        return new FakeUsage(inputTokens, outputTokens, cachedTokens, 0);
    }

    /** Prompt tokens neither read from nor written to the cache (Anthropic's {@code input_tokens}). */
    public long uncachedInputTokens() {
        return inputTokens - cachedTokens - cacheWriteTokens;
    }
}
