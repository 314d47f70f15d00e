package io.atende.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final BusinessHours STORE = new BusinessHours(SAO_PAULO, Map.of(
            "mon", "09:00-18:00", "tue", "09:00-18:00", "wed", "09:00-18:00", "thu", "09:00-18:00",
            "fri", "09:00-18:00", "sat", "09:00-13:00"));

    private static Instant local(String dateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dateTime), SAO_PAULO).toInstant();
    }

    @Test
    void shouldBeOpenWithinTheDaysSpanInTheStoresZone() {
        assertThat(STORE.isOpen(local("2026-12-07T09:00"))).isTrue();   // Monday, opening minute
        assertThat(STORE.isOpen(local("2026-12-07T17:59"))).isTrue();
        assertThat(STORE.isOpen(local("2026-12-07T18:00"))).isFalse();  // the end is exclusive
        assertThat(STORE.isOpen(local("2026-12-07T08:59"))).isFalse();
        assertThat(STORE.isOpen(local("2026-12-12T12:30"))).isTrue();   // Saturday morning
        assertThat(STORE.isOpen(local("2026-12-12T13:30"))).isFalse();
        assertThat(STORE.isOpen(local("2026-12-13T10:00"))).isFalse();  // Sunday is not listed
        // São Paulo is UTC-3: 17:30 UTC on a Monday is 14:30 there (open), 21:30 UTC is 18:30 (closed)
        assertThat(STORE.isOpen(Instant.parse("2026-12-07T17:30:00Z"))).isTrue();
        assertThat(STORE.isOpen(Instant.parse("2026-12-07T21:30:00Z"))).isFalse();
    }

    @Test
    void shouldFindTheNextOpeningAcrossTheWeekend() {
        assertThat(STORE.nextOpening(local("2026-12-12T15:00")).orElseThrow().toLocalDateTime())
                .hasToString("2026-12-14T09:00");                          // Saturday afternoon -> Monday
        assertThat(STORE.nextOpening(local("2026-12-08T07:30")).orElseThrow().toLocalDateTime())
                .hasToString("2026-12-08T09:00");                          // early Tuesday -> the same morning
        assertThat(STORE.nextOpening(local("2026-12-11T19:00")).orElseThrow().toLocalDateTime())
                .hasToString("2026-12-12T09:00");                          // Friday night -> Saturday
    }

    @Test
    void shouldTreatMidnightAsTheEndOfTheDayAndNoHoursAsAlwaysOpen() {
        BusinessHours late = new BusinessHours(SAO_PAULO, Map.of("fri", "20:00-24:00"));
        assertThat(late.isOpen(local("2026-12-11T23:59"))).isTrue();
        assertThat(late.isOpen(local("2026-12-12T00:00"))).isFalse();
        BusinessHours none = new BusinessHours(SAO_PAULO, Map.of());
        assertThat(none.alwaysOpen()).isTrue();
        assertThat(none.isOpen(local("2026-12-13T03:00"))).isTrue();
        assertThat(none.nextOpening(local("2026-12-13T03:00"))).isEmpty();
    }
}
