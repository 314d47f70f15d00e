package io.atende.conversation;

import java.util.Arrays;
import java.util.Locale;

/** Where a message came from or goes to. */
public enum Channel {
    API(true, false), WEBCHAT(true, false), TERMINAL(false, false), WHATSAPP(true, true);

    private final boolean aggregatesBursts;
    private final boolean pushed;

    Channel(boolean aggregatesBursts, boolean pushed) {
        this.aggregatesBursts = aggregatesBursts;
        this.pushed = pushed;
    }

    /**
     * Whether outbound messages are pushed to the customer through an {@link OutboundChannel}: they are stored
     * {@code pending} and the delivery worker sends them; on the other channels the customer reads them as stored.
     */
    public boolean pushed() {
        return pushed;
    }

    /** The delivery status an outbound message starts with on this channel. */
    String initialOutboundStatus() {
        return pushed ? "pending" : "sent";
    }

    /** Whether quick successive messages on this channel are answered together (a terminal sends whole lines). */
    public boolean aggregatesBursts() {
        return aggregatesBursts;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromWire(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel " + name));
    }
}
