package io.atende.knowledge;

import java.util.List;

/**
 * Finds knowledge sections and catalog products for a customer's words. Adapters: {@link LuceneRetriever}
 * (embedded, in memory); later an on-disk index and a search-server adapter.
 */
public interface Retriever {

    /** The best knowledge sections for a question, best first; empty when nothing matches. */
    List<KnowledgeHit> searchKnowledge(String query, int k);

    /** The best products for a parsed product question, best first; empty when nothing matches. */
    List<ProductHit> searchProducts(ProductQuery query, int k);
}
