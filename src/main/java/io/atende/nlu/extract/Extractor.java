package io.atende.nlu.extract;

/** Finds one kind of value in a customer message and validates it. Implementations are thread-safe. */
@FunctionalInterface
public interface Extractor<T> {

    Extracted<T> extract(String text);
}
