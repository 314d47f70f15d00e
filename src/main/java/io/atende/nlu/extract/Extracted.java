package io.atende.nlu.extract;

/**
 * What an extractor found in a customer message: a valid typed value, something that looks like the wanted
 * value but fails validation (with a retry message to send back), or nothing at all.
 *
 * @param <T> the typed value, such as {@link Cpf}, {@link Money} or {@link java.time.LocalDate}
 */
public sealed interface Extracted<T> {

    /** A value that passed validation; {@code normalized} is its canonical text, e.g. "123.456.789-09". */
    record Valid<T>(T value, String normalized) implements Extracted<T> {
    }

    /**
     * The message holds something shaped like the value but invalid.
     *
     * @param reason           a short English reason for logs and tests, never shown to the customer
     * @param retryMessageKey  the key of the customer-facing retry message in {@link RetryMessages}
     */
    record Invalid<T>(String reason, String retryMessageKey) implements Extracted<T> {
    }

    /** Nothing of this kind in the message. */
    record Absent<T>() implements Extracted<T> {
    }

    static <T> Extracted<T> valid(T value, String normalized) {
        return new Valid<>(value, normalized);
    }

    static <T> Extracted<T> invalid(String reason, String retryMessageKey) {
        return new Invalid<>(reason, retryMessageKey);
    }

    static <T> Extracted<T> absent() {
        return new Absent<>();
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }

    /** The value when valid; otherwise an {@link IllegalStateException}. */
    default T value() {
        if (this instanceof Valid<T>(T value, String normalized)) {
            return value;
        }
        throw new IllegalStateException("no valid value: " + this);
    }
}
