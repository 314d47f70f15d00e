package io.atende.llm;

import java.util.List;
import java.util.function.Consumer;

/**
 * One provider's wire protocol (OpenAI-compatible chat completions, Anthropic messages, Ollama). An adapter makes
 * exactly one HTTP exchange per call — no retries of its own — and maps the provider's failures to {@link
 * LlmException} kinds; the gateway's decorators do the rest.
 */
public interface ChatProvider {

    /** The provider's name in the ledger: {@code openai}, {@code anthropic}, {@code ollama}. */
    String name();

    /**
     * @param partial receives the answer's text as it streams, or {@code null} for a plain call
     * @throws LlmException on any failure
     */
    Answer call(String model, LlmRequest request, Consumer<String> partial);

    /**
     * What the provider answered.
     *
     * @param usage the usage the provider reported, or {@code null} when it sent none (the gateway then estimates)
     */
    record Answer(String text, List<ToolCall> toolCalls, Usage usage) {
        public Answer {
            text = text == null ? "" : text;
            toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        }
    }
}
