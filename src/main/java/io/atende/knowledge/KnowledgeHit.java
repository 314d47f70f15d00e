package io.atende.knowledge;

import io.atende.pack.KnowledgeEntry;

/**
 * A knowledge section that matched a question.
 *
 * @param score    the fused retrieval score (comparable only within one query)
 * @param coverage the IDF-weighted share of the question's words found in the section, 0..1; comparable
 *                 across queries, which is why routing thresholds use it
 */
public record KnowledgeHit(KnowledgeEntry entry, double score, double coverage) {
}
