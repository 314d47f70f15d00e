package io.atende.conversation;

import java.util.Arrays;
import java.util.Locale;

/** Where a message came from or goes to. */
public enum Channel {
    API(true), WEBCHAT(true), TERMINAL(false), WHATSAPP(true);

    private final boolean aggregatesBursts;

    Channel(boolean aggregatesBursts) {
        this.aggregatesBursts = aggregatesBursts;
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
