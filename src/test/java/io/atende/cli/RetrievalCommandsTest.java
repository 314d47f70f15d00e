package io.atende.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eval retrieval} and {@code search} over the test pack, run in-process. */
class RetrievalCommandsTest {

    private static final String PACK = "src/test/resources/packs/test-store";

    @Test
    void shouldPrintTheMetricsComputedByHand() throws Exception {
        Path queries = Files.createTempFile("queries-", ".jsonl");
        Files.writeString(queries, """
                {"query": "pix", "relevant": ["politicas/pagamento-com-pix"]}
                {"query": "tenis nike", "relevant": ["TNS-1", "AIR-1"]}
                {"query": "asdfgh qwerty", "relevant": ["CEL-1"]}
                """);

        CliRun run = CliRun.of("eval", "retrieval", "--pack", PACK, "--queries", queries.toString(), "--json");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        // pix: first at rank 1. tenis nike: TNS-1 at rank 1, the air fryer nowhere (recall 1/2, nDCG 1/(1 + 1/log2 3)).
        // gibberish: nothing found, all zero.
        double ndcgTenis = 1 / (1 + 1 / (Math.log(3) / Math.log(2)));
        assertThat(json.get("recall@5").asDouble()).isCloseTo((1 + 0.5 + 0) / 3, within(1e-4));
        assertThat(json.get("mrr@10").asDouble()).isCloseTo((1 + 1 + 0) / 3.0, within(1e-4));
        assertThat(json.get("ndcg@10").asDouble()).isCloseTo((1 + ndcgTenis + 0) / 3, within(1e-4));
        assertThat(json.get("p50_ms").isNumber()).isTrue();
        assertThat(json.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(json.get("p50_ms").asDouble());
        assertThat(json.get("queries").asInt()).isEqualTo(3);
    }

    @Test
    void shouldNameFileAndLineOfABadQueryWithoutAStackTrace() throws Exception {
        Path queries = Files.createTempFile("queries-", ".jsonl");
        Files.writeString(queries, "{\"query\": \"pix\", \"relevant\": [\"x\"]}\n{\"query\": \"frete\", \"relevant\": \"x\"}\n");

        CliRun run = CliRun.of("eval", "retrieval", "--pack", PACK, "--queries", queries.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("atende: " + queries + ":2: \"relevant\" must be an array of ids\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void shouldBuildTheIndexOnceAndReuseIt(@org.junit.jupiter.api.io.TempDir Path data) {
        CliRun first = CliRun.of("index", "--pack", PACK, "--data-dir", data.toString());
        CliRun second = CliRun.of("index", "--pack", PACK, "--data-dir", data.toString());

        assertThat(first.exit()).isZero();
        assertThat(first.out()).startsWith("built: 4 products and 3 knowledge sections in ").contains(data.toString());
        assertThat(second.out()).startsWith("up to date: 4 products and 3 knowledge sections (pack unchanged)");
    }

    @Test
    void shouldShowBothSidesOfTheHybridSearch() {
        CliRun run = CliRun.of("search", "--pack", PACK, "fritadera", "ate", "500");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("fritadera", "corrections [fritadeir]", "price filter on products:  .. 500")
                .contains("bm25 (rank)", "cosine (rank)").contains("AIR-1");
    }
}
