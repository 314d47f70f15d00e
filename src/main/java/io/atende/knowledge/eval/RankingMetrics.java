package io.atende.knowledge.eval;

import java.util.List;
import java.util.Set;

/** Ranking metrics with binary relevance, per query; a report averages them over queries. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** |relevant ∩ top k| / min(|relevant|, k): 1 when the list's first k hold as many relevant ids as fit. */
    public static double recall(List<String> ranked, Set<String> relevant, int k) {
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / Math.min(relevant.size(), k);
    }

    /** 1 / rank of the first relevant id within the top k (ranks from 1), 0 if none is there. */
    public static double reciprocalRank(List<String> ranked, Set<String> relevant, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** DCG of the top k (gain 1 per relevant id at rank r, discounted by log2(r + 1)) over the best possible DCG. */
    public static double ndcg(List<String> ranked, Set<String> relevant, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
