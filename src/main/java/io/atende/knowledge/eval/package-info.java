/**
 * Retrieval evaluation: query files ({@code {"query", "relevant": [ids]}} per line), ranking metrics
 * (recall@5, MRR@10, nDCG@10) and latency percentiles, shared by {@code ./atende eval retrieval} and
 * {@code ./atende bench retrieval}. Definitions in docs/knowledge.md.
 */
package io.atende.knowledge.eval;
