package io.atende.nlu.extract;

/** How many items a customer wants: a whole number, at least 1. */
public record Quantity(int count) {

    public Quantity {
        if (count < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
    }
}
