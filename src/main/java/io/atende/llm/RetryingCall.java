package io.atende.llm;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Tries again after a 429, a 5xx, a timeout, a refused connection or a malformed answer, waiting {@code backoffMs},
 * then twice that, and so on — or the provider's Retry-After when it asks for longer. A stream is retried only until
 * its first piece reached the customer: after that a second attempt would repeat words already shown.
 */
final class RetryingCall implements ModelCall {

    /** The longest wait honoured from a Retry-After; a provider asking for minutes is treated as down. */
    private static final long MAX_WAIT_MS = 30_000;

    private final ModelCall next;
    private final int retries;
    private final long backoffMs;
    private final Sleeper sleeper;

    /** How the wait happens; tests pass one that records instead of sleeping. */
    interface Sleeper {
        void sleep(long ms) throws InterruptedException;
    }

    RetryingCall(ModelCall next, int retries, long backoffMs, Sleeper sleeper) {
        this.next = next;
        this.retries = retries;
        this.backoffMs = backoffMs;
        this.sleeper = sleeper;
    }

    @Override
    public ChatProvider.Answer call(ModelRef model, LlmRequest request, Consumer<String> partial) {
        AtomicBoolean shown = new AtomicBoolean();
        Consumer<String> watched = partial == null ? null : piece -> {
            shown.set(true);
            partial.accept(piece);
        };
        long wait = backoffMs;
        for (int attempt = 0; ; attempt++) {
            try {
                return next.call(model, request, watched);
            } catch (LlmException e) {
                long asked = e.retryAfterMs().orElse(0);
                if (!e.kind().retriable() || attempt >= retries || shown.get() || asked > MAX_WAIT_MS) {
                    throw e;
                }
                pause(Math.max(wait, asked), e);
                wait = Math.min(wait * 2, MAX_WAIT_MS);
            }
        }
    }

    private void pause(long ms, LlmException cause) {
        try {
            sleeper.sleep(ms);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
