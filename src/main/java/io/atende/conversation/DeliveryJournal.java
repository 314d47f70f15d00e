package io.atende.conversation;

import java.time.Duration;

/**
 * Port: where a push channel keeps a delivery it has verified, so that it can acknowledge it at once and turn it
 * into messages afterwards. {@link #append} returns only once the delivery cannot be lost any more; a
 * {@link Handler} then gets every delivery in the order appended, at least once (again after a crash, so handlers
 * must be idempotent: messages are deduplicated by their channel id, statuses only move forward).
 */
public interface DeliveryJournal extends AutoCloseable {

    /**
     * Keeps one delivery; returns once it is durable.
     *
     * @throws JournalFullException when deliveries wait faster than they are handled (the channel answers 503 and
     *                              the sender delivers again later)
     */
    void append(byte[] delivery);

    /** Waits until every delivery appended before the call was handled; false when {@code timeout} passed first. */
    boolean awaitHandled(Duration timeout);

    @Override
    void close();

    /** Turns one delivery into messages and statuses; throws to have the same delivery handled again later. */
    @FunctionalInterface
    interface Handler {
        void handle(byte[] delivery);
    }

    /** Too many deliveries wait to be handled: nothing was kept. */
    final class JournalFullException extends RuntimeException {
        public JournalFullException(String message) {
            super(message);
        }
    }
}
