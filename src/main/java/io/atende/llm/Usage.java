package io.atende.llm;

/**
 * Tokens of one call. Taken exactly as the provider reported them; {@code estimated} is true only when the provider
 * sent no usage and the gateway counted with jtokkit.
 *
 * @param cachedTokens input tokens served from the provider's prompt cache (part of {@code inputTokens})
 */
public record Usage(long inputTokens, long outputTokens, long cachedTokens, boolean estimated) {

    public Usage {
        if (inputTokens < 0 || outputTokens < 0 || cachedTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    public static Usage reported(long input, long output, long cached) {
        return new Usage(input, output, cached, false);
    }
}
