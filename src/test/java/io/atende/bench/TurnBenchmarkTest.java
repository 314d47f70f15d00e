package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A short, slow-rate run on H2: the shape of the JSON and exactly-once replies, never timings. */
class TurnBenchmarkTest {

    @Test
    void shouldReportEveryFigureAndNoLostOrDuplicateReplies() {
        BenchConfig config = new BenchConfig(List.of(BenchConfig.Database.H2), BenchConfig.DEFAULT_PG_URL, "postgres", "",
                Path.of("src/test/resources/packs/test-store"), 10, 20, 2, 1, 30);

        BenchReport report = new TurnBenchmark(config, line -> { }).run();
        JsonNode json = JsonMapper.builder().build().readTree(report.toJson());

        assertThat(json.has("config")).isTrue();
        assertThat(json.get("peak_rss_mb").asLong()).isPositive();
        assertThat(json.get("heap_max_mb").asLong()).isPositive();
        JsonNode h2 = json.get("h2");
        for (String phase : List.of("pipeline", "bare")) {
            JsonNode p = h2.get(phase);
            assertThat(p.get("sent").asInt()).as(phase).isEqualTo(60);
            assertThat(p.get("accepted").asInt()).as(phase).isEqualTo(60);
            assertThat(p.get("errors").asInt()).as(phase).isZero();
            assertThat(p.get("lost").asInt()).as(phase).isZero();
            assertThat(p.get("duplicates").asInt()).as(phase).isZero();
            assertThat(p.get("accept_ms").get("p50").isNumber()).as(phase).isTrue();
            assertThat(p.get("accept_ms").get("p99").isNumber()).as(phase).isTrue();
            assertThat(p.has("throughput_per_s")).as(phase).isTrue();
        }
        // every measured message is answered by the agent or, once the engine asked for one, by a person
        assertThat(h2.get("pipeline").get("turn_overhead_ms").get("count").asInt()
                + h2.get("pipeline").get("with_person").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(h2.get("ratio").has("accept_p50")).isTrue();
        assertThat(h2.get("ratio").has("throughput")).isTrue();
        assertThat(h2.get("targets").has("met")).isTrue();
        assertThat(report.exactlyOnceViolated()).isFalse();
    }

    @Test
    void shouldReportSkippedPostgresWhenUnreachable() {
        BenchConfig config = new BenchConfig(List.of(BenchConfig.Database.POSTGRES),
                "jdbc:postgresql://127.0.0.1:1/none", "postgres", "", Path.of("src/test/resources/packs/test-store"),
                10, 20, 1, 0, 5);

        JsonNode postgres = JsonMapper.builder().build().readTree(new TurnBenchmark(config, line -> { }).run().toJson())
                .get("postgres");

        assertThat(postgres.get("skipped").asBoolean()).isTrue();
        assertThat(postgres.get("reason").asString()).contains("unreachable");
    }
}
