package io.atende.pack;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the store's people answer, from the pack's {@code business_hours} ({@code mon: "09:00-18:00"}) in the
 * store's time zone. A day that is not listed is closed; a pack without business hours is always open.
 */
public final class BusinessHours {

    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    /** {@code close == null} means until midnight ("24:00"). */
    private record Span(LocalTime open, LocalTime close) {
        boolean contains(LocalTime t) {
            return !t.isBefore(open) && (close == null || t.isBefore(close));
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, Span> days = new EnumMap<>(DayOfWeek.class);

    /** Hours as the pack loader validated them ({@code HH:mm-HH:mm}, end may be {@code 24:00}). */
    public BusinessHours(ZoneId zone, Map<String, String> hours) {
        this.zone = zone == null ? ZoneId.of("UTC") : zone;
        hours.forEach((day, span) -> {
            String[] parts = span.split("-");
            LocalTime open = LocalTime.parse(parts[0]);
            LocalTime close = "24:00".equals(parts[1]) ? null : LocalTime.parse(parts[1]);
            days.put(DAYS.get(day), new Span(open, close));
        });
    }

    /** True when the pack declares no hours: people answer at any time (or no notice is wanted). */
    public boolean alwaysOpen() {
        return days.isEmpty();
    }

    public boolean isOpen(Instant at) {
        if (alwaysOpen()) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        Span span = days.get(local.getDayOfWeek());
        return span != null && span.contains(local.toLocalTime());
    }

    /** The next time the store opens after {@code at}, in the store's zone; empty when it never opens. */
    public Optional<ZonedDateTime> nextOpening(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate today = local.toLocalDate();
        for (int d = 0; d <= 7; d++) {
            LocalDate date = today.plusDays(d);
            Span span = days.get(date.getDayOfWeek());
            if (span != null) {
                ZonedDateTime opening = date.atTime(span.open()).atZone(zone);
                if (opening.isAfter(local)) {
                    return Optional.of(opening);
                }
            }
        }
        return Optional.empty();
    }
}
