package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.knowledge.eval.EvalQueries;
import io.atende.knowledge.eval.EvalQuery;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.Product;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The extra tuning queries (docs/knowledge.md) judge ids that exist in the demo pack, and none of them is also a
 * reporting query.
 */
class RetrievalTuningSetTest {

    @Test
    void shouldJudgeOnlyIdsOfTheDemoPack() {
        Pack pack = PackLoader.load(Path.of("packs/demo-store"));
        Set<String> ids = new HashSet<>();
        pack.products().stream().map(Product::id).forEach(ids::add);
        pack.knowledge().stream().map(KnowledgeEntry::id).forEach(ids::add);
        Set<String> reporting = new HashSet<>();
        EvalQueries.read(Path.of("packs/demo-store/eval/retrieval.jsonl")).forEach(q -> reporting.add(q.query()));

        Set<String> shared = new HashSet<>();
        for (EvalQuery q : EvalQueries.read(Path.of("src/test/resources/knowledge/retrieval-tuning.jsonl"))) {
            assertThat(ids).as("line %d", q.line()).containsAll(q.relevant());
            if (reporting.contains(q.query())) {
                shared.add(q.query());
            }
        }
        // only the shared queries are named: printing the reporting set would spoil it as held-out data
        assertThat(shared).isEmpty();
    }
}
