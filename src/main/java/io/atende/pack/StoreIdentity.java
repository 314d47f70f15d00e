package io.atende.pack;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Who the store is and how it talks.
 *
 * @param businessHours day key ({@code mon}..{@code sun}) to {@code HH:mm-HH:mm}
 */
public record StoreIdentity(String name, Locale language, String currency, ZoneId timezone, String persona,
                            String tone, Map<String, String> businessHours, Aggregation aggregation) {

    /** The business hours in the store's time zone. */
    public BusinessHours hours() {
        return new BusinessHours(timezone, businessHours);
    }

    /** Burst aggregation: answer after {@code quietMs} of silence, at most {@code maxMs} after the first message. */
    public record Aggregation(long quietMs, long maxMs) {
        public static final Aggregation DEFAULT = new Aggregation(1500, 6000);
    }
}
