package io.atende.llm;

import java.util.List;
import java.util.Objects;

/** One message of a model conversation, in the provider-neutral form the gateway takes. */
public sealed interface LlmMessage {

    /** The instructions: persona, rules, the sources of this turn. */
    record System(String text) implements LlmMessage {
        public System {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The customer's words (or a turn's several messages joined). */
    record User(String text) implements LlmMessage {
        public User {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An earlier model answer: text, tool calls, or both. */
    record Assistant(String text, List<ToolCall> toolCalls) implements LlmMessage {
        public Assistant {
            text = text == null ? "" : text;
            toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
        }

        public Assistant(String text) {
            this(text, List.of());
        }
    }

    /** What a tool call gave, answering the {@link ToolCall} with this id. */
    record ToolResult(String callId, String toolName, String content) implements LlmMessage {
        public ToolResult {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(toolName, "toolName");
            Objects.requireNonNull(content, "content");
        }
    }
}
