package io.atende.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a contact: one person on one channel identity. */
public record ContactId(UUID value) {
    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId random() {
        return new ContactId(SecureRandoms.randomUuid());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
