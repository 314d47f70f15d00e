package io.atende.security;

import java.io.IOException;

/** A request body without a declared length grew past the limit while it was read (HTTP 413). */
public final class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long max) {
        super("request body is larger than " + max + " bytes");
    }

    /** The limit breach behind a failure, however deeply the JSON reader wrapped it; else null. */
    public static PayloadTooLargeException causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
