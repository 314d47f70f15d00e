/**
 * Knowledge and catalog retrieval. The public face is {@link io.atende.knowledge.KnowledgeBase} (built from a
 * pack) over the {@link io.atende.knowledge.Retriever} port; {@link io.atende.knowledge.LuceneRetriever} is the
 * embedded adapter. Everything else here is package-private.
 */
package io.atende.knowledge;
