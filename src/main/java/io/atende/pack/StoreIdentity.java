package io.atende.pack;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Who the store is and how it talks.
 *
 * @param businessHours day key ({@code mon}..{@code sun}) to {@code HH:mm-HH:mm}
 * @param reengagement  when and how often to follow up a silent conversation; {@code null} when the pack has no
 *                      {@code reengagement:} section (no follow-ups)
 * @param models        feature ({@code decision}, {@code conversation}, ...) to the model that serves it, from the
 *                      {@code models:} section; empty: the operator's ATENDE_LLM_* configuration chooses
 */
public record StoreIdentity(String name, Locale language, String currency, ZoneId timezone, String persona,
                            String tone, Map<String, String> businessHours, Aggregation aggregation,
                            Reengagement reengagement, Map<String, String> models) {

    public StoreIdentity {
        models = models == null ? Map.of() : Map.copyOf(models);
    }

    /** An identity that names no models of its own (the operator's configuration chooses). */
    public StoreIdentity(String name, Locale language, String currency, ZoneId timezone, String persona, String tone,
                         Map<String, String> businessHours, Aggregation aggregation, Reengagement reengagement) {
        this(name, language, currency, timezone, persona, tone, businessHours, aggregation, reengagement, Map.of());
    }

    /** The business hours in the store's time zone. */
    public BusinessHours hours() {
        return new BusinessHours(timezone, businessHours);
    }

    /** Burst aggregation: answer after {@code quietMs} of silence, at most {@code maxMs} after the first message. */
    public record Aggregation(long quietMs, long maxMs) {
        public static final Aggregation DEFAULT = new Aggregation(1500, 6000);
    }

    /**
     * Re-engagement: a follow-up message (the {@code reengagement} template) after {@code after} of customer silence
     * following the agent's reply, at most {@code maxFollowups} times per silence.
     *
     * @param whatsappTemplate the approved WhatsApp template to send instead once WhatsApp's 24-hour customer
     *                         service window has closed; {@code null} when the store has none
     */
    public record Reengagement(Duration after, int maxFollowups, String whatsappTemplate) {
    }
}
