package io.atende.knowledge;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The embedded retriever: BM25 over two in-memory Lucene indexes built from the pack at startup, one for
 * knowledge sections (title weighs more than text) and one for the catalog (title over brand and category
 * over description). Product search first requires every known word of the question and relaxes only when
 * nothing matches, so "tênis nike" does not list Nike caps; a price range is a hard filter and in-stock
 * items rank above the rest.
 */
public final class LuceneRetriever implements Retriever {

    static final String ID = "id";
    private static final Map<String, Float> KNOWLEDGE_FIELDS = Map.of("title", 3.0f, "text", 1.0f, "source", 0.5f);
    private static final Map<String, Float> PRODUCT_FIELDS =
            Map.of("title", 3.0f, "brand", 2.0f, "category", 1.5f, "attributes", 1.0f, "description", 0.4f);
    /** Out-of-stock items stay visible (with a note) but yield to comparable items that can be bought now. */
    private static final double OUT_OF_STOCK_FACTOR = 0.7;
    /** Hits far below the best one are noise for a three-line answer. */
    private static final double RELATIVE_CUT = 0.5;

    private final PortugueseAnalyzer analyzer = new PortugueseAnalyzer();
    private static final int RERANK_DEPTH = 10;

    private final Map<String, KnowledgeEntry> entries;
    private final Map<String, Set<String>> titleTerms = new java.util.HashMap<>();
    private final Map<String, Product> products;
    private final InMemoryIndex knowledgeIndex;
    private final InMemoryIndex productIndex;

    public LuceneRetriever(Pack pack) {
        entries = pack.knowledge().stream().collect(
                Collectors.toMap(KnowledgeEntry::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        products = pack.products().stream().collect(
                Collectors.toMap(Product::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        entries.values().forEach(e -> titleTerms.put(e.id(), Set.copyOf(analyzer.terms(e.title()))));
        knowledgeIndex = new InMemoryIndex(entries.values().stream().map(LuceneRetriever::knowledgeDocument).toList(),
                analyzer);
        productIndex = new InMemoryIndex(products.values().stream().map(LuceneRetriever::productDocument).toList(),
                analyzer);
    }

    @Override
    public List<KnowledgeHit> searchKnowledge(String query, int k) {
        QueryTerms terms = QueryTerms.of(query, analyzer, ProductWords.CHAT);
        if (terms.isEmpty() || k <= 0) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms.allTerms()) {
            q.add(anyField(term, KNOWLEDGE_FIELDS), Occur.SHOULD);
        }
        Set<String> asked = terms.allTerms();
        return knowledgeIndex.search(q.build(), Math.max(k, RERANK_DEPTH)).stream()
                .map(f -> new KnowledgeHit(entries.get(f.id()), f.score() * (1 + titleShare(f.id(), asked)),
                        knowledgeIndex.coverage(terms, f.id())))
                .sorted(Comparator.comparingDouble(KnowledgeHit::score).reversed())
                .limit(k)
                .toList();
    }

    @Override
    public List<ProductHit> searchProducts(ProductQuery query, int k) {
        QueryTerms terms = QueryTerms.of(query.text(), analyzer, ProductWords.FILLER);
        List<Set<String>> known = terms.groups().stream()
                .filter(g -> g.stream().anyMatch(productIndex::knows)).toList();
        if (known.isEmpty() || k <= 0) {
            return List.of();
        }
        List<InMemoryIndex.Found> found = productIndex.search(productQuery(known, query, known.size()), 50);
        if (found.isEmpty() && known.size() > 1) {
            found = productIndex.search(productQuery(known, query, (known.size() + 1) / 2), 50);
        }
        List<ProductHit> hits = new ArrayList<>();
        for (InMemoryIndex.Found f : found) {
            Product p = products.get(f.id());
            double score = f.score() * (p.inStock() ? 1.0 : OUT_OF_STOCK_FACTOR);
            hits.add(new ProductHit(p, score, productIndex.coverage(terms, f.id())));
        }
        hits.sort(Comparator.comparingDouble(ProductHit::score).reversed());
        double cut = hits.isEmpty() ? 0 : hits.getFirst().score() * RELATIVE_CUT;
        return hits.stream().filter(h -> h.score() >= cut).limit(k).toList();
    }

    /**
     * The share of a section title's terms the question contains. A heading is the store's own summary of a
     * section, so "vcs aceitam pix?" belongs to "Pix" even though "Bandeiras aceitas" repeats "aceitamos".
     */
    private double titleShare(String id, Set<String> asked) {
        Set<String> title = titleTerms.get(id);
        if (title == null || title.isEmpty()) {
            return 0;
        }
        return (double) title.stream().filter(asked::contains).count() / title.size();
    }

    private static Query productQuery(List<Set<String>> groups, ProductQuery query, int minimumMatch) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Set<String> group : groups) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            group.forEach(term -> any.add(anyField(term, PRODUCT_FIELDS), Occur.SHOULD));
            q.add(any.build(), Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch(minimumMatch);
        if (query.hasPriceRange()) {
            double min = query.minPrice() == null ? Double.NEGATIVE_INFINITY : query.minPrice().doubleValue();
            double max = query.maxPrice() == null ? Double.POSITIVE_INFINITY : query.maxPrice().doubleValue();
            q.add(DoublePoint.newRangeQuery("price", min, max), Occur.FILTER);
        }
        return q.build();
    }

    private static Query anyField(String term, Map<String, Float> fields) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        fields.forEach((field, boost) -> any.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), Occur.SHOULD));
        return any.build();
    }

    private static InMemoryIndex.Entry knowledgeDocument(KnowledgeEntry e) {
        Document doc = new Document();
        doc.add(new StringField(ID, e.id(), Field.Store.YES));
        doc.add(new TextField("title", e.title(), Field.Store.NO));
        doc.add(new TextField("source", e.source(), Field.Store.NO));
        doc.add(new TextField("text", e.text(), Field.Store.NO));
        return new InMemoryIndex.Entry(e.id(), doc, e.title() + "\n" + e.text());
    }

    private static InMemoryIndex.Entry productDocument(Product p) {
        Document doc = new Document();
        doc.add(new StringField(ID, p.id(), Field.Store.YES));
        doc.add(new TextField("title", p.title(), Field.Store.NO));
        doc.add(new TextField("brand", p.attributes().getOrDefault("marca", ""), Field.Store.NO));
        doc.add(new TextField("category", p.category(), Field.Store.NO));
        String attributes = String.join(" ", p.attributes().values());
        doc.add(new TextField("attributes", attributes, Field.Store.NO));
        doc.add(new TextField("description", p.description(), Field.Store.NO));
        doc.add(new DoublePoint("price", p.price().doubleValue()));
        return new InMemoryIndex.Entry(p.id(), doc, String.join("\n", p.title(), p.category(), attributes, p.description()));
    }
}
