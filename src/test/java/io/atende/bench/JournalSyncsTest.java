package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JournalSyncsTest {

    private static String exposition(long upTo10, long upTo50, long upTo100, long count, double sum) {
        return """
                # HELP atende_journal_sync_seconds How long the journal's disk took
                # TYPE atende_journal_sync_seconds histogram
                atende_journal_sync_seconds_bucket{application="atende",journal="whatsapp",le="0.01"} %d
                atende_journal_sync_seconds_bucket{application="atende",journal="whatsapp",le="0.05"} %d
                atende_journal_sync_seconds_bucket{application="atende",journal="whatsapp",le="0.1"} %d
                atende_journal_sync_seconds_bucket{application="atende",journal="whatsapp",le="0.25"} %d
                atende_journal_sync_seconds_bucket{application="atende",journal="whatsapp",le="+Inf"} %d
                atende_journal_sync_seconds_count{application="atende",journal="whatsapp"} %d
                atende_journal_sync_seconds_sum{application="atende",journal="whatsapp"} %s
                atende_journal_sync_seconds_count{application="atende",journal="other"} 999
                atende_journal_sync_seconds_max{application="atende",journal="whatsapp"} 0.3
                """.formatted(upTo10, upTo50, upTo100, count, count, count, Double.toString(sum));
    }

    @Test
    void shouldCountTheWhatsAppJournalsSlowSyncsBetweenTwoReadings() {
        JournalSyncs before = JournalSyncs.parse(exposition(90, 98, 99, 100, 0.5));
        JournalSyncs after = JournalSyncs.parse(exposition(5_000, 5_060, 5_070, 5_100, 6.5));

        JournalSyncs window = after.since(before);

        assertThat(before).isEqualTo(new JournalSyncs(100, 2, 1, 0.5));
        assertThat(window.count()).isEqualTo(5_000);
        assertThat(window.over50()).isEqualTo(38);
        assertThat(window.over100()).isEqualTo(29);
        assertThat(window.seconds()).isEqualTo(6.0);
    }

    @Test
    void shouldReadZerosBeforeTheFirstSync() {
        assertThat(JournalSyncs.parse("# nothing timed yet\natende_turns_total{outcome=\"answered\"} 3\n"))
                .isEqualTo(new JournalSyncs(0, 0, 0, 0));
    }
}
