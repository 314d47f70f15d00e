package io.atende.knowledge.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs a ranker over judged queries: one pass for the metrics (which also warms the JIT up), then
 * {@code timedRounds} passes that are only timed, so percentiles rest on more than one sample per query.
 */
public final class RetrievalEvaluation {

    /** Ids a ranker must return per query: MRR and nDCG look at 10. */
    public static final int DEPTH = 10;

    private RetrievalEvaluation() {
    }

    public static EvalReport run(List<EvalQuery> queries, Function<String, List<String>> ranker, int timedRounds) {
        List<Sample> samples = new ArrayList<>();
        List<EvalReport.Ranked> ranks = new ArrayList<>();
        for (EvalQuery q : queries) {
            List<String> ranked = ranker.apply(q.query());
            Set<String> relevant = new HashSet<>(q.relevant());
            Sample s = new Sample(q.kind(), RankingMetrics.recall(ranked, relevant, 5),
                    RankingMetrics.reciprocalRank(ranked, relevant, 10), RankingMetrics.ndcg(ranked, relevant, 10));
            samples.add(s);
            double rr = s.reciprocalRank();
            ranks.add(new EvalReport.Ranked(q, s.recall(), rr == 0 ? 0 : (int) Math.round(1 / rr),
                    ranked.stream().limit(5).toList()));
        }
        long[] nanos = new long[queries.size() * timedRounds];
        int n = 0;
        for (int round = 0; round < timedRounds; round++) {
            for (EvalQuery q : queries) {
                long start = System.nanoTime();
                ranker.apply(q.query());
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Map<String, EvalReport.Scores> byKind = new LinkedHashMap<>();
        samples.stream().map(Sample::kind).filter(k -> !k.isEmpty()).distinct().sorted().forEach(kind ->
                byKind.put(kind, average(samples.stream().filter(s -> s.kind().equals(kind)).toList())));
        return new EvalReport(average(samples), byKind, percentile(nanos, 0.50), percentile(nanos, 0.99), ranks);
    }

    private record Sample(String kind, double recall, double reciprocalRank, double ndcg) {
    }

    private static EvalReport.Scores average(List<Sample> samples) {
        return new EvalReport.Scores(samples.size(),
                samples.stream().mapToDouble(Sample::recall).average().orElse(0),
                samples.stream().mapToDouble(Sample::reciprocalRank).average().orElse(0),
                samples.stream().mapToDouble(Sample::ndcg).average().orElse(0));
    }

    /** Nearest rank on the sorted samples, in milliseconds with microsecond resolution; NaN without samples. */
    public static double percentile(long[] nanos, double quantile) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1));
        return Math.round(sorted[index] / 1_000.0) / 1_000.0;
    }
}
