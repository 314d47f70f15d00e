package io.atende.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.knowledge.KnowledgeProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small run of {@code bench retrieval}: the shape of the JSON and the synthetic catalog, never timings. */
class RetrievalBenchmarkTest {

    private static final Path PACK = Path.of("src/test/resources/packs/test-store");

    @Test
    void shouldReportEverySystemSideBySideAndTheSyntheticCatalog() throws Exception {
        Path queries = Files.createTempFile("queries-", ".jsonl");
        Files.writeString(queries, """
                {"query": "pix", "relevant": ["politicas/pagamento-com-pix"], "kind": "policy"}
                {"query": "tenis nike", "relevant": ["TNS-1"], "kind": "product"}
                """);

        RetrievalBenchReport report = new RetrievalBenchmark(new RetrievalBenchmark.Config(PACK, queries, 2_000, 1),
                KnowledgeProperties.DEFAULTS, line -> { }).run();
        JsonNode json = JsonMapper.builder().build().readTree(report.toJson());

        for (String system : List.of("hybrid", "bm25_standard", "bm25_brazilian", "bm25_side", "dense_only")) {
            JsonNode s = json.get("quality").get(system);
            for (String key : List.of("recall@5", "mrr@10", "ndcg@10", "p50_ms", "p99_ms")) {
                assertThat(s.get(key).isNumber()).as(system + " " + key).isTrue();
            }
            assertThat(s.get("queries").asInt()).isEqualTo(2);
        }
        assertThat(json.get("ratios").get("hybrid_vs_bm25_standard").has("mrr@10")).isTrue();
        JsonNode synthetic = json.get("synthetic");
        assertThat(synthetic.get("products").asInt()).isEqualTo(2_000);
        assertThat(synthetic.get("build_products_per_s").asLong()).isPositive();
        assertThat(synthetic.get("query_latency").get("hybrid").has("p50_ms")).isTrue();
        assertThat(json.get("targets").has("met")).isTrue();
        assertThat(json.get("peak_rss_mb").asLong()).isPositive();
    }

    @Test
    void shouldMakeTheSameDistinctProductsOnEveryRun() {
        var base = io.atende.pack.PackLoader.load(Path.of("packs/demo-store")).products();
        var first = SyntheticCatalog.generate(base, 5_000);
        var second = SyntheticCatalog.generate(base, 5_000);
        assertThat(first).isEqualTo(second).hasSize(5_000);
        assertThat(first.stream().map(io.atende.pack.Product::id).distinct()).hasSize(5_000);
        assertThat(first.stream().map(io.atende.pack.Product::title).distinct().count()).isGreaterThan(4_500);
    }
}
