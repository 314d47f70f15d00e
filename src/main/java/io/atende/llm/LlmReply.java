package io.atende.llm;

import java.util.List;
import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text      the answer's text, empty when the model only called tools
 * @param toolCalls the calls the model proposed, in its order
 * @param provider  the provider that answered ({@code openai}, {@code anthropic}, {@code ollama})
 * @param model     the model that answered
 * @param latencyMs time from the first attempt to the answer, retries included
 */
public record LlmReply(String text, List<ToolCall> toolCalls, Usage usage, String provider, String model,
                       long latencyMs) {

    public LlmReply {
        text = text == null ? "" : text;
        toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
    }
}
