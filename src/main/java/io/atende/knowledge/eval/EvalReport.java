package io.atende.knowledge.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of evaluating one ranker on a query file.
 *
 * @param overall averages over all queries
 * @param byKind  averages per the file's {@code kind} (policy, product, mixed); empty when the file has none
 * @param p50Ms   median time to rank one query, after warm-up
 * @param p99Ms   99th percentile of the same
 * @param ranked  every query with the rank of its first relevant id (0 when not in the top 10) and its top 5
 */
public record EvalReport(Scores overall, Map<String, Scores> byKind, double p50Ms, double p99Ms, List<Ranked> ranked) {

    /** Averages over a set of queries. */
    public record Scores(int queries, double recallAt5, double mrrAt10, double ndcgAt10) {
    }

    /** How one query was ranked. */
    public record Ranked(EvalQuery query, double recallAt5, int firstRelevantRank, List<String> top5) {
    }

    /** Queries whose top 5 lacks a relevant id it had room for. */
    public List<Ranked> misses() {
        return ranked.stream().filter(r -> r.recallAt5() < 1).toList();
    }

    /** The JSON document: the fixed keys first, then the breakdown. */
    public Map<String, Object> toMap() {
        Map<String, Object> json = scores(overall);
        json.put("p50_ms", p50Ms);
        json.put("p99_ms", p99Ms);
        if (!byKind.isEmpty()) {
            Map<String, Object> kinds = new LinkedHashMap<>();
            byKind.forEach((kind, scores) -> kinds.put(kind, scores(scores)));
            json.put("by_kind", kinds);
        }
        json.put("misses", misses().size());
        return json;
    }

    static Map<String, Object> scores(Scores s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recall@5", round(s.recallAt5()));
        json.put("mrr@10", round(s.mrrAt10()));
        json.put("ndcg@10", round(s.ndcgAt10()));
        json.put("queries", s.queries());
        return json;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
