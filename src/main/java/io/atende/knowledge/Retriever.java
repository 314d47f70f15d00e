package io.atende.knowledge;

import java.util.List;

/**
 * Finds knowledge sections and catalog products for a customer's words. Adapters: {@link LuceneRetriever}
 * (embedded hybrid search, in memory or on local disk); a search-server adapter later.
 */
public interface Retriever {

    /** The best knowledge sections for a question, best first; empty when nothing matches. */
    List<KnowledgeHit> searchKnowledge(String query, int k);

    /** The best products for a parsed product question, best first; empty when nothing matches. */
    List<ProductHit> searchProducts(ProductQuery query, int k);

    /**
     * One ranking of products and sections together, within hard filters: what evaluation and debugging read,
     * with each side's ranks and scores.
     */
    List<RankedHit> search(String query, SearchFilters filters, int k);
}
