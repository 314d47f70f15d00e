package io.atende.security;

import java.io.IOException;

/** A request body without a declared length grew past the limit while it was read (HTTP 413). */
public final class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long max) {
        super("request body is larger than " + max + " bytes");
    }
}
