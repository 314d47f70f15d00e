package io.atende.cli;

import io.atende.knowledge.Abstention;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.LuceneRetriever;
import io.atende.knowledge.RankedHit;
import io.atende.knowledge.eval.AbstentionReport;
import io.atende.knowledge.eval.EvalQueries;
import io.atende.knowledge.eval.EvalQuery;
import io.atende.knowledge.eval.EvalReport;
import io.atende.knowledge.eval.RetrievalEvaluation;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code eval retrieval}: recall@5, MRR@10, nDCG@10 and latency of the pack's retrieval on a query file. */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
        description = "Rank products and knowledge sections for each query of F and score the ranking.")
final class EvalRetrievalCommand implements Callable<Integer> {

    /** Timed passes over the queries after the scored one, for steadier percentiles. */
    private static final int TIMED_ROUNDS = 5;

    @CommandLine.Mixin
    PackOption pack = new PackOption();

    @Option(names = "--queries", paramLabel = "F", required = true,
            description = "JSON lines: {\"query\": \"...\", \"relevant\": [\"id\", ...]} (other keys ignored); "
                    + "\"relevant\": [] marks a question the store cannot answer, scored for abstention.")
    Path queries;

    @Option(names = "--mode", paramLabel = "hybrid|bm25|dense",
            description = "Rank with both sides (default) or one alone.")
    String mode = "hybrid";

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--details", description = "List every query with the rank of its first relevant id.")
    boolean details;

    @Override
    public Integer call() throws Exception {
        LuceneRetriever.Mode chosen = mode(mode);
        Path dir = pack.dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("pack directory not found: " + dir);
        }
        List<EvalQuery> all = EvalQueries.read(queries);
        // Lines with "relevant": [] are unanswerable questions: scored for abstention, not ranking.
        List<EvalQuery> judged = all.stream().filter(q -> !q.relevant().isEmpty()).toList();
        boolean hasUnanswerable = judged.size() < all.size();
        Pack loaded = PackLoader.load(dir);
        try (KnowledgeBase knowledge = KnowledgeBase.inMemory(loaded, KnowledgeSettings.fromEnvironment())) {
            EvalReport report = judged.isEmpty() ? null : RetrievalEvaluation.run(judged, q -> knowledge
                    .ask(q, RetrievalEvaluation.DEPTH, chosen).stream().map(RankedHit::id).toList(), TIMED_ROUNDS);
            Abstention answers = Abstention.forPack(loaded);
            AbstentionReport abstention = hasUnanswerable ? AbstentionReport.of(all,
                    loaded.knowledge().stream().map(KnowledgeEntry::id).collect(Collectors.toSet()),
                    q -> knowledge.bestSection(q).filter(answers::answers).map(a -> a.hit().entry().id()))
                    : null;
            if (json) {
                Map<String, Object> out = report == null ? new LinkedHashMap<>() : report.toMap();
                if (abstention != null) {
                    out.put("abstention", abstention.toMap());
                }
                System.out.println(JsonMapper.builder().build().writeValueAsString(out));
            } else {
                if (report != null) {
                    print(report);
                }
                if (abstention != null) {
                    System.out.printf("%n\"I don't know\": %d unanswerable questions, %d answered; %d answerable policy "
                                    + "questions, %d refused, %d answered with a wrong section; abstention precision "
                                    + "%.3f, recall %.3f%n", abstention.unanswerable(), abstention.answeredUnanswerable(),
                            abstention.answerable(), abstention.refusedAnswerable(), abstention.answeredWrong(),
                            abstention.precision(), abstention.recall());
                }
            }
        }
        return 0;
    }

    static LuceneRetriever.Mode mode(String text) {
        try {
            return LuceneRetriever.Mode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mode must be hybrid, bm25 or dense, got '" + text + "'");
        }
    }

    private void print(EvalReport report) {
        System.out.printf("%-10s %7s %8s %8s %9s%n", "", "queries", "recall@5", "mrr@10", "ndcg@10");
        row("all", report.overall());
        report.byKind().forEach(this::row);
        System.out.printf("%nlatency per query: p50 %.3f ms, p99 %.3f ms (%s)%n", report.p50Ms(), report.p99Ms(), mode);
        List<EvalReport.Ranked> listed = details ? report.ranked() : report.misses();
        if (!listed.isEmpty()) {
            System.out.printf("%n%s:%n", details ? "every query (rank of the first relevant id, 0 = not in the top 10)"
                    : report.misses().size() + " queries without full recall@5");
            for (EvalReport.Ranked r : listed) {
                System.out.printf("  %s:%d  [%d] %s%n    relevant %s%n    top 5    %s%n", queries.getFileName(),
                        r.query().line(), r.firstRelevantRank(), r.query().query(), r.query().relevant(), r.top5());
            }
        }
    }

    private void row(String name, EvalReport.Scores s) {
        System.out.printf("%-10s %7d %8.3f %8.3f %9.3f%n", name, s.queries(), s.recallAt5(), s.mrrAt10(), s.ndcgAt10());
    }
}
