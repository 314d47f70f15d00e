package io.atende.conversation;

import java.util.Locale;

/** Whether the customer sent a message ({@code inbound}) or received it ({@code outbound}). */
public enum Direction {
    INBOUND, OUTBOUND;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
