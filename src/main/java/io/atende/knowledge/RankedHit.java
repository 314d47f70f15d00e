package io.atende.knowledge;

/**
 * One entry of a mixed ranking of products and knowledge sections, with what each side of the hybrid search
 * said about it: for evaluation and for {@code ./atende search}.
 *
 * @param id         product id or knowledge section id
 * @param score      the fused score the list is ordered by (comparable only within one query)
 * @param bm25Rank   1-based rank in the BM25 list, 0 when BM25 did not retrieve it
 * @param bm25Score  BM25 score, 0 when not retrieved
 * @param denseRank  1-based rank in the vector list, 0 when the vector side did not retrieve it
 * @param denseScore cosine similarity to the question, 0 when not retrieved
 * @param coverage   IDF-weighted share of the question's words found in the document, 0..1
 */
public record RankedHit(String id, HitKind kind, double score, int bm25Rank, double bm25Score, int denseRank,
                        double denseScore, double coverage) {
}
