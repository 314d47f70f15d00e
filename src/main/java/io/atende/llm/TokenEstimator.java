package io.atende.llm;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts tokens when a provider reports no usage (some OpenAI-compatible servers and streams leave it out). The
 * count is an estimate — the provider's tokenizer may differ — and the ledger row says so. o200k_base is the
 * encoding of the current OpenAI models and a fair approximation for others; every message carries a few tokens of
 * framing, as OpenAI documents for its chat format.
 */
final class TokenEstimator {

    private static final int PER_MESSAGE = 3;
    private static final int PER_REPLY = 3;

    private final Encoding encoding = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    /** The request's input tokens: messages, tool schemas and framing. */
    long input(LlmRequest request) {
        long tokens = PER_REPLY;
        for (LlmMessage message : request.messages()) {
            tokens += PER_MESSAGE + switch (message) {
                case LlmMessage.System s -> count(s.text());
                case LlmMessage.User u -> count(u.text());
                case LlmMessage.Assistant a -> count(a.text()) + a.toolCalls().stream()
                        .mapToLong(c -> count(c.name()) + count(c.argumentsJson())).sum();
                case LlmMessage.ToolResult r -> count(r.content());
                case LlmMessage.Audio a -> 0; // audio is priced by its own tokens or minutes, not text
            };
        }
        for (ToolSpec tool : request.tools()) {
            tokens += count(tool.name()) + count(tool.description()) + count(tool.parametersSchema());
        }
        return tokens;
    }

    /** The answer's output tokens: text and tool calls. */
    long output(ChatProvider.Answer answer) {
        return count(answer.text()) + answer.toolCalls().stream()
                .mapToLong(c -> count(c.name()) + count(c.argumentsJson())).sum();
    }

    private long count(String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokens(text);
    }
}
