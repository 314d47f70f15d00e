package io.atende.shared;

/** Identifies one turn: the engine's single answer to one or more aggregated inbound messages. */
public record TurnId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
