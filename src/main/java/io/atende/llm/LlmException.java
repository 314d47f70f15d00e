package io.atende.llm;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A model call that gave no usable answer. The message names what happened for the log; it never holds the
 * prompt, the customer's words or a key.
 */
public final class LlmException extends RuntimeException {

    /** Why a call failed; the ledger's {@code outcome} is {@link #wireName()}. */
    public enum Kind {
        /** 429 after the retries. */
        RATE_LIMITED(true),
        /** 5xx after the retries. */
        SERVER_ERROR(true),
        /** No answer within the timeout. */
        TIMEOUT(true),
        /** The connection could not be made. */
        UNREACHABLE(true),
        /** The answer was not the protocol's JSON. */
        MALFORMED_RESPONSE(true),
        /** The provider refused the request (400, 404, unknown model). */
        INVALID_REQUEST(false),
        /** The key was refused (401, 403). */
        AUTHENTICATION(false),
        /** The circuit breaker is open after repeated failures; no call was made. */
        CIRCUIT_OPEN(false),
        /** The conversation's or the day's token or money budget is spent; no call was made. */
        BUDGET_EXHAUSTED(false),
        /** No provider or model is configured for the feature. */
        NOT_CONFIGURED(false);

        private final boolean retriable;

        Kind(boolean retriable) {
            this.retriable = retriable;
        }

        /** Whether trying again may give an answer. */
        public boolean retriable() {
            return retriable;
        }

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Kind kind;
    private final long retryAfterMs;

    public LlmException(Kind kind, String message) {
        this(kind, message, null, -1);
    }

    public LlmException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, -1);
    }

    /**
     * @param retryAfterMs how long the provider asked to wait before the next call (its {@code Retry-After}), or a
     *                     negative number when it did not say
     */
    public LlmException(Kind kind, String message, Throwable cause, long retryAfterMs) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfterMs = retryAfterMs < 0 ? -1 : retryAfterMs;
    }

    public Kind kind() {
        return kind;
    }

    /** The wait the provider asked for (a 429's or 503's {@code Retry-After}), when it named one. */
    public OptionalLong retryAfterMs() {
        return retryAfterMs < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfterMs);
    }
}
