package io.atende.knowledge;

/**
 * Weighted reciprocal rank fusion: {@code score = bm25Weight / (k + bm25Rank) + denseWeight / (k + denseRank)},
 * a side that did not retrieve a document adding nothing. Ranks, not scores, because BM25 and cosine live on
 * different scales that also move from query to query. The weights are tuned on the development queries
 * (docs/knowledge.md); plain RRF is {@code 1, 1}.
 *
 * @param k           rank damping: higher flattens the difference between the first ranks
 * @param bm25Weight  weight of the BM25 list
 * @param denseWeight weight of the vector list
 * @param depth       how many hits each side contributes
 * @param denseMin    cosine below which the vector side does not vote: its nearest neighbours are then no
 *                    matches at all, and a rank would give them the same say as a real one
 * @param denseFloor  cosine a hit that shares no word with the question needs to be listed at all
 */
record Fusion(int k, double bm25Weight, double denseWeight, int depth, double denseMin, double denseFloor) {

    double score(int bm25Rank, int denseRank) {
        double score = 0;
        if (bm25Rank > 0) {
            score += bm25Weight / (k + bm25Rank);
        }
        if (denseRank > 0) {
            score += denseWeight / (k + denseRank);
        }
        return score;
    }
}
