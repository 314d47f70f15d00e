package io.atende.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies one conversation; stable across channels, instances and restarts. */
public record ConversationId(UUID value) {
    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConversationId random() {
        return new ConversationId(SecureRandoms.randomUuid());
    }

    /** Parses the textual form; throws {@link IllegalArgumentException} naming the bad value. */
    public static ConversationId parse(String text) {
        try {
            return new ConversationId(UUID.fromString(text));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a conversation id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
