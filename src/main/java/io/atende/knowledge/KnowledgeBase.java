package io.atende.knowledge;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import java.util.List;
import java.util.Set;

/**
 * The knowledge module's public face: search the store's knowledge and catalog, parse product questions,
 * and read the words of a question the way the index reads them. Engines depend on this type and the hit
 * records only, so the retriever behind it can change (hybrid BM25 + vectors, an index on disk) freely.
 */
public final class KnowledgeBase {

    private final Retriever retriever;
    private final PortugueseAnalyzer analyzer = new PortugueseAnalyzer();

    public KnowledgeBase(Retriever retriever) {
        this.retriever = retriever;
    }

    /** Indexes the pack's knowledge and catalog in memory; fast enough to do at every startup. */
    public static KnowledgeBase inMemory(Pack pack) {
        return new KnowledgeBase(new LuceneRetriever(pack));
    }

    public List<KnowledgeHit> searchKnowledge(String question, int k) {
        return retriever.searchKnowledge(question, k);
    }

    public List<ProductHit> searchProducts(ProductQuery query, int k) {
        return retriever.searchProducts(query, k);
    }

    /** Reads a product question, with its price range if the customer gave one. */
    public ProductQuery parseProductQuery(String question) {
        return ProductQuery.parse(question);
    }

    /** The few sentences of a section that share the most words with the question, in the section's order. */
    public String excerpt(KnowledgeEntry entry, String question, int maxSentences) {
        return Excerpts.select(entry.text(), QueryTerms.of(question, analyzer, ProductWords.CHAT), analyzer, maxSentences);
    }

    /**
     * The stems of a customer's text after chat normalisation, synonyms included: compare them with
     * {@link #stems(String)} of cue words to spot "frete" in "fretes" or "FRETE" in "qnto é o frete".
     */
    public Set<String> stems(String text) {
        return Set.copyOf(QueryTerms.of(text, analyzer, Set.of()).allTerms());
    }

    /** Chat text spelled out: lower case, no accents, abbreviations expanded ("vcs" -> "voces"). */
    public String normalize(String text) {
        return ChatNormalizer.normalize(text);
    }
}
