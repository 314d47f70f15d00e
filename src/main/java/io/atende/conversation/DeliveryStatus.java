package io.atende.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where an outbound message is on its way to the customer, as the channel reports it. */
public enum DeliveryStatus {
    PENDING, SENT, DELIVERED, READ, FAILED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for a channel's name of it ({@code sent}, {@code delivered}, ...); empty for any other name. */
    public static java.util.Optional<DeliveryStatus> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }

    /**
     * The statuses this one may replace: a report only moves a message forward, whatever order the reports arrive
     * in; a failure only replaces a message not yet delivered.
     */
    Set<DeliveryStatus> replaces() {
        return switch (this) {
            case PENDING -> Set.of();
            case SENT -> Set.of(PENDING);
            case DELIVERED -> Set.of(PENDING, SENT);
            case READ -> Set.of(PENDING, SENT, DELIVERED);
            case FAILED -> Set.of(PENDING, SENT);
        };
    }

    /** {@link #replaces()} as wire names, for a query. */
    List<String> replacedWireNames() {
        return replaces().stream().map(DeliveryStatus::wireName).sorted().toList();
    }
}
