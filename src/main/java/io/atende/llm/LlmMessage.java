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

    /** The customer's words (or a turn's several messages joined), with any photos to look at. */
    record User(String text, List<Image> images) implements LlmMessage {
        public User {
            Objects.requireNonNull(text, "text");
            images = images == null ? List.of() : List.copyOf(images);
        }

        public User(String text) {
            this(text, List.of());
        }

        /** The same message with other text (masked), the same images. */
        public User withText(String replaced) {
            return new User(replaced, images);
        }
    }

    /**
     * A voice note to transcribe: the one message of a {@link Feature#TRANSCRIPTION} call.
     *
     * @param language the expected language ({@code pt}, {@code en}), a hint for the model
     */
    record Audio(String mimeType, byte[] data, String language) implements LlmMessage {
        public Audio {
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(data, "data");
        }
    }

    /** A picture for a vision model, sent inline (base64) so the provider needs no access to where it was kept. */
    record Image(String mimeType, byte[] data) {
        public Image {
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(data, "data");
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
