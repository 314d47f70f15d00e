package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerMetricsTest {

    private static String exposition(long minor, double minorSeconds, long major, double majorSeconds, long syncs) {
        return """
                jvm_gc_pause_seconds_count{action="end of minor GC",application="atende",cause="Allocation Failure",gc="PS Scavenge"} %d
                jvm_gc_pause_seconds_sum{action="end of minor GC",application="atende",cause="Allocation Failure",gc="PS Scavenge"} %s
                jvm_gc_pause_seconds_max{action="end of minor GC",application="atende",cause="Allocation Failure",gc="PS Scavenge"} 0.035
                jvm_gc_pause_seconds_count{action="end of major GC",application="atende",cause="Ergonomics",gc="PS MarkSweep"} %d
                jvm_gc_pause_seconds_sum{action="end of major GC",application="atende",cause="Ergonomics",gc="PS MarkSweep"} %s
                atende_journal_sync_seconds_bucket{application="atende",journal="whatsapp",le="0.05"} %d
                atende_journal_sync_seconds_bucket{application="atende",journal="whatsapp",le="0.1"} %d
                atende_journal_sync_seconds_count{application="atende",journal="whatsapp"} %d
                atende_journal_sync_seconds_sum{application="atende",journal="whatsapp"} 1.0
                """.formatted(minor, Double.toString(minorSeconds), major, Double.toString(majorSeconds), syncs, syncs,
                syncs);
    }

    @Test
    void shouldTellThePausesOfEveryCollectorAndTheSyncsOfAWindow() {
        ServerMetrics before = ServerMetrics.parse(exposition(10, 0.12, 1, 0.25, 100));
        ServerMetrics after = ServerMetrics.parse(exposition(52, 0.75, 2, 0.55, 900));

        ServerMetrics window = after.since(before);

        assertThat(before.collector()).isEqualTo(new CollectorPauses(11, 1, 0.37));
        assertThat(window.collector().count()).isEqualTo(43);
        assertThat(window.collector().major()).isEqualTo(1);
        assertThat(window.collector().seconds()).isCloseTo(0.93, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(window.journal().count()).isEqualTo(800);
    }

    @Test
    void shouldReadNoPausesBeforeTheFirstCollection() {
        assertThat(ServerMetrics.parse("# HELP nothing yet\n").collector()).isEqualTo(new CollectorPauses(0, 0, 0));
    }
}
