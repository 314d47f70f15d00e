package io.atende.llm;

import java.util.Objects;

/** A provider and one of its models, e.g. {@code openai} / {@code gpt-4o-mini}. */
public record ModelRef(String provider, String model) {

    public ModelRef {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        if (provider.isBlank() || model.isBlank()) {
            throw new IllegalArgumentException("provider and model must not be blank");
        }
    }

    @Override
    public String toString() {
        return provider + "/" + model;
    }
}
