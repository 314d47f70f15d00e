package io.atende.llm;

import io.atende.shared.ConversationId;
import java.util.List;
import java.util.Objects;

/**
 * One model call as the engine asks for it; the gateway picks the provider and model for the feature.
 *
 * @param conversation   the conversation the call serves (for the ledger and the budgets), or {@code null} for
 *                       calls outside any conversation (benchmarks, evaluations)
 * @param tools          functions the model may call; empty for a plain answer
 * @param jsonOutput     ask the model for one JSON object
 * @param maxOutputTokens an upper bound on the answer's length
 * @param unmaskedValues personal data a tool of this call needs in clear (the CPF a journey sends to the store's
 *                       API); everything else that looks like CPF, e-mail, phone or card is masked before it leaves
 */
public record LlmRequest(ConversationId conversation, Feature feature, List<LlmMessage> messages,
                         List<ToolSpec> tools, boolean jsonOutput, int maxOutputTokens,
                         java.util.Set<String> unmaskedValues) {

    public LlmRequest {
        Objects.requireNonNull(feature, "feature");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a model call needs at least one message");
        }
        tools = tools == null ? List.of() : List.copyOf(tools);
        if (maxOutputTokens <= 0) {
            throw new IllegalArgumentException("maxOutputTokens must be positive");
        }
        unmaskedValues = unmaskedValues == null ? java.util.Set.of() : java.util.Set.copyOf(unmaskedValues);
    }

    /** A call without tools or JSON mode. */
    public static LlmRequest of(ConversationId conversation, Feature feature, List<LlmMessage> messages,
                                int maxOutputTokens) {
        return new LlmRequest(conversation, feature, messages, List.of(), false, maxOutputTokens, null);
    }

    public LlmRequest withMessages(List<LlmMessage> replaced) {
        return new LlmRequest(conversation, feature, replaced, tools, jsonOutput, maxOutputTokens, unmaskedValues);
    }
}
