package io.atende.shared;

/** Identifies a stored message; ids grow in arrival order within the database. */
public record MessageId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
