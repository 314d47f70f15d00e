package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Today is Wednesday 11 March 2026 in São Paulo. */
class DateExtractorTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-11T15:00:00Z"), SAO_PAULO);

    private final DateExtractor extractor = new DateExtractor(CLOCK, SAO_PAULO);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "hoje|2026-03-11",
            "pode ser hoje?|2026-03-11",
            "amanhã|2026-03-12",
            "amanha de manha|2026-03-12",
            "depois de amanhã|2026-03-13",
            "ontem|2026-03-10",
            "dia 5|2026-04-05",
            "dia 11|2026-03-11",
            "dia 20|2026-03-20",
            "no dia primeiro|2026-04-01",
            "15/03|2026-03-15",
            "10/03|2027-03-10",
            "15/03/2027|2027-03-15",
            "15-03-27|2027-03-15",
            "5 de março|2027-03-05",
            "5 de marco|2027-03-05",
            "1º de maio|2026-05-01",
            "20 de dezembro de 2026|2026-12-20",
            "semana que vem|2026-03-16",
            "próxima semana|2026-03-16",
            "segunda|2026-03-16",
            "segunda-feira|2026-03-16",
            "próxima sexta|2026-03-13",
            "sexta que vem|2026-03-13",
            "pode entregar no sábado?|2026-03-14",
            "quarta|2026-03-18",
            "29/02/2028|2028-02-29"})
    void shouldResolveDatesRelativeToToday(String text, LocalDate expected) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.valid(expected, expected.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30/02", "31/04/2026", "32/01", "15/13", "dia 32", "30 de fevereiro", "29/02/2027"})
    void shouldRejectImpossibleDates(String text) {
        assertThat(extractor.extract(text)).as(text).isInstanceOf(Extracted.Invalid.class)
                .extracting(r -> ((Extracted.Invalid<LocalDate>) r).retryMessageKey()).isEqualTo(DateExtractor.RETRY);
    }

    @Test
    void shouldRejectFebruaryThirtieth() {
        assertThat(extractor.extract("30/02")).isEqualTo(Extracted.invalid("impossible date", DateExtractor.RETRY));
    }

    @Test
    void shouldReadDayAndMonthBackwardsWhenLookingBack() {
        DateExtractor back = extractor.lookingBack();
        assertThat(back.extract("comprei dia 5").value()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(back.extract("chegou dia 20").value()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(back.extract("foi em 15/03").value()).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void shouldUseTheStoreTimeZoneForToday() {
        Clock lateNightUtc = Clock.fixed(Instant.parse("2026-03-12T01:30:00Z"), ZoneId.of("UTC"));
        assertThat(new DateExtractor(lateNightUtc, SAO_PAULO).extract("hoje").value()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quero um celular", "é a segunda vez que peço", "R$ 1.299,90", "2 unidades"})
    void shouldFindNothingWithoutADate(String text) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.absent());
    }
}
