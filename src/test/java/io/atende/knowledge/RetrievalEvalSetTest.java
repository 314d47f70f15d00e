package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.Product;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo store's retrieval query sets (the reporting set and the two tuning sets) stay in step with the pack: every judged id still exists, the
 * tuning and reporting sets share no query, and every knowledge document is asked about.
 */
class RetrievalEvalSetTest {

    private static final Path PACK = Path.of("packs/demo-store");
    private static final Set<String> KINDS = Set.of("product", "policy", "mixed");

    private static Set<String> productIds;
    private static Set<String> sectionIds;

    @BeforeAll
    static void loadPack() {
        Pack pack = PackLoader.load(PACK);
        productIds = pack.products().stream().map(Product::id).collect(Collectors.toSet());
        sectionIds = pack.knowledge().stream().map(KnowledgeEntry::id).collect(Collectors.toSet());
    }

    @Test
    void shouldJudgeOnlyIdsThatExistInThePack() throws IOException {
        for (String file : List.of("retrieval.jsonl", "retrieval-dev.jsonl", "retrieval-dev-chat.jsonl",
                "retrieval-dev-policy.jsonl")) {
            for (Line line : read(file)) {
                assertThat(line.relevant()).as("%s:%d relevant", file, line.number()).isNotEmpty().doesNotHaveDuplicates();
                assertThat(line.relevant()).as("%s:%d ids", file, line.number())
                        .allSatisfy(id -> assertThat(productIds.contains(id) || sectionIds.contains(id))
                                .as("%s:%d unknown id %s", file, line.number(), id).isTrue());
                assertThat(line.relevant().stream().filter(productIds::contains).count())
                        .as("%s:%d at most 5 products (recall@5)", file, line.number()).isLessThanOrEqualTo(5);
                assertThat(line.relevant().stream().filter(sectionIds::contains).count())
                        .as("%s:%d at most 3 sections", file, line.number()).isLessThanOrEqualTo(3);
                assertThat(KINDS).as("%s:%d kind", file, line.number()).contains(line.kind());
                assertThat(line.query()).as("%s:%d query", file, line.number()).isNotBlank();
            }
        }
    }

    @Test
    void shouldKeepTuningAndReportingQueriesApart() throws IOException {
        List<String> reporting = read("retrieval.jsonl").stream().map(l -> normalized(l.query())).toList();
        List<String> tuning = read("retrieval-dev.jsonl").stream().map(l -> normalized(l.query())).toList();
        List<String> chat = read("retrieval-dev-chat.jsonl").stream().map(l -> normalized(l.query())).toList();
        List<String> policy = read("retrieval-dev-policy.jsonl").stream().map(l -> normalized(l.query())).toList();
        assertThat(reporting).hasSizeGreaterThanOrEqualTo(170).doesNotHaveDuplicates();
        assertThat(tuning).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
        assertThat(chat).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates().doesNotContainAnyElementsOf(tuning);
        // Only the shared queries are named on failure: printing the reporting set would leak it.
        assertThat(policy).hasSizeGreaterThanOrEqualTo(80).doesNotHaveDuplicates();
        assertThat(reporting.stream().filter(q -> tuning.contains(q) || chat.contains(q) || policy.contains(q)).toList())
                .as("queries in both a tuning and the reporting set").isEmpty();
    }

    @Test
    void shouldKeepTheUnanswerableTuningAndHeldOutQuestionsApartAndUnjudged() throws IOException {
        List<Line> tuning = read("unanswerable-dev.jsonl");
        List<Line> heldOut = read("unanswerable.jsonl");
        assertThat(tuning).hasSizeGreaterThanOrEqualTo(40).allSatisfy(l -> assertThat(l.relevant()).isEmpty());
        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(40).allSatisfy(l -> assertThat(l.relevant()).isEmpty());
        assertThat(heldOut.stream().map(l -> normalized(l.query())).toList()).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(tuning.stream().map(l -> normalized(l.query())).toList());
    }

    @Test
    void shouldAskAboutEveryKnowledgeDocument() throws IOException {
        Set<String> documents = sectionIds.stream().map(id -> id.substring(0, id.indexOf('/'))).collect(Collectors.toSet());
        Set<String> asked = new HashSet<>();
        for (Line line : read("retrieval.jsonl")) {
            line.relevant().stream().filter(sectionIds::contains).forEach(id -> asked.add(id.substring(0, id.indexOf('/'))));
        }
        assertThat(asked).containsAll(documents);
    }

    private record Line(int number, String query, List<String> relevant, String kind) {
    }

    private static List<Line> read(String file) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = Files.readAllLines(PACK.resolve("eval").resolve(file), StandardCharsets.UTF_8);
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(lines.get(i));
            List<String> relevant = new ArrayList<>();
            node.path("relevant").forEach(id -> relevant.add(id.asString()));
            out.add(new Line(i + 1, node.path("query").asString(""), relevant, node.path("kind").asString("")));
        }
        return out;
    }

    private static String normalized(String query) {
        String folded = Normalizer.normalize(query, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
