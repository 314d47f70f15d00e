package io.atende.knowledge;

import io.atende.knowledge.embedding.Embedder;
import io.atende.knowledge.embedding.EmbeddingException;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded retriever: hybrid search over one Lucene index of products and knowledge sections. BM25 with
 * the pack language's analyzer, pack synonyms and typo correction on one side, the embedder's vectors (HNSW) on
 * the other, fused by weighted reciprocal rank (see {@link Fusion}). Product search first requires every known
 * word of the question on the BM25 side and relaxes only when nothing matches, so "tênis nike" does not list
 * Nike caps; a price range is a hard filter and in-stock items rank above the rest.
 */
public final class LuceneRetriever implements Retriever, Closeable {

    /** Which sides of the hybrid search run: both, or one alone (for evaluation against baselines). */
    public enum Mode { HYBRID, BM25, DENSE }

    private static final Logger log = LoggerFactory.getLogger(LuceneRetriever.class);
    /** Out-of-stock items stay visible (with a note) but yield to comparable items that can be bought now. */
    private static final double OUT_OF_STOCK_FACTOR = 0.7;
    /** Products far below the best one are noise for a three-line answer. */
    private static final double RELATIVE_CUT = 0.5;

    private final Map<String, KnowledgeEntry> entries;
    private final Map<String, Product> products;
    private final Map<String, Set<String>> titleTerms = new HashMap<>();
    private final HybridIndex index;
    private final Embedder embedder;
    private final QueryReader reader;
    private final Fusion fusion;
    private final Bm25Queries queries;

    LuceneRetriever(Pack pack, HybridIndex index, Embedder embedder, QueryReader reader, Fusion fusion) {
        this.entries = byId(pack.knowledge(), KnowledgeEntry::id);
        this.products = byId(pack.products(), Product::id);
        this.index = index;
        this.embedder = embedder;
        this.reader = reader;
        this.fusion = fusion;
        this.queries = new Bm25Queries();
        entries.values().forEach(e -> titleTerms.put(e.id(), Set.copyOf(reader.analyzer().terms(e.title()))));
    }

    /** Indexes the pack in memory with the default settings (the built-in embedder). */
    public static LuceneRetriever inMemory(Pack pack) {
        return Indexes.inMemory(pack, KnowledgeProperties.DEFAULTS);
    }

    @Override
    public List<KnowledgeHit> searchKnowledge(String query, int k) {
        QueryTerms terms = reader.read(query, reader.language().words().chat());
        if (terms.isEmpty() || k <= 0) {
            return List.of();
        }
        return rank(terms, 0, queries.filter(SearchFilters.only(HitKind.KNOWLEDGE)), Mode.HYBRID).stream()
                .filter(this::worthListing).limit(k)
                .map(c -> new KnowledgeHit(entries.get(c.stored.id()), c.fused, c.coverage)).toList();
    }

    @Override
    public List<ProductHit> searchProducts(ProductQuery query, int k) {
        QueryTerms terms = reader.read(query.text(), reader.language().words().filler());
        QueryTerms known = new QueryTerms(terms.groups().stream()
                .filter(g -> g.all().stream().anyMatch(t -> index.docFreq(t) > 0)).toList());
        if (known.isEmpty() || k <= 0) {
            return List.of();
        }
        Query filter = queries.filter(SearchFilters.only(HitKind.PRODUCT).withPrice(query.minPrice(), query.maxPrice()));
        List<Candidate> ranked = rank(known, known.groups().size(), filter, Mode.HYBRID);
        if (ranked.stream().noneMatch(c -> c.bm25Rank > 0) && known.groups().size() > 1) {
            ranked = rank(known, (known.groups().size() + 1) / 2, filter, Mode.HYBRID);
        }
        List<ProductHit> hits = ranked.stream().filter(this::worthListing)
                .map(c -> new ProductHit(products.get(c.stored.id()), c.fused, c.coverage)).toList();
        double cut = hits.isEmpty() ? 0 : hits.getFirst().score() * RELATIVE_CUT;
        return hits.stream().filter(h -> h.score() >= cut).limit(k).toList();
    }

    @Override
    public List<RankedHit> search(String query, SearchFilters filters, int k) {
        return search(query, filters, k, Mode.HYBRID);
    }

    /** The mixed ranking with one side of the hybrid search switched off, for comparisons. */
    public List<RankedHit> search(String query, SearchFilters filters, int k, Mode mode) {
        QueryTerms terms = reader.read(query, reader.language().words().chat());
        if (k <= 0) {
            return List.of();
        }
        return rank(terms, 0, queries.filter(filters), mode).stream().filter(this::worthListing).limit(k)
                .map(c -> new RankedHit(c.stored.id(), c.stored.kind(), c.fused, c.bm25Rank, c.bm25Score, c.denseRank,
                        c.denseScore, c.coverage))
                .toList();
    }

    QueryReader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /** A hit that shares no word with the question must at least be close in the vector space. */
    private boolean worthListing(Candidate c) {
        return c.coverage > 0 || c.denseScore >= fusion.denseFloor();
    }

    private static final class Candidate {
        final HybridIndex.Stored stored;
        int bm25Rank;
        double bm25Score;
        int denseRank;
        double denseScore;
        double fused;
        double coverage;

        Candidate(HybridIndex.Stored stored) {
            this.stored = stored;
        }
    }

    private List<Candidate> rank(QueryTerms terms, int minimumShouldMatch, Query filter, Mode mode) {
        Map<Integer, Candidate> byDoc = new LinkedHashMap<>();
        if (mode != Mode.DENSE && !terms.isEmpty()) {
            TopDocs top = index.bm25(queries.bm25(terms, minimumShouldMatch, filter), fusion.depth());
            Set<String> asked = terms.allTerms();
            List<Candidate> bm25 = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Candidate c = byDoc.computeIfAbsent(sd.doc, d -> new Candidate(index.stored(d)));
                c.bm25Score = sd.score * (1 + titleShare(c.stored, asked));
                bm25.add(c);
            }
            bm25.sort(Comparator.comparingDouble((Candidate c) -> c.bm25Score).reversed());
            for (int i = 0; i < bm25.size(); i++) {
                bm25.get(i).bm25Rank = i + 1;
            }
        }
        if (mode != Mode.BM25) {
            float[] vector = embedQuestion(terms);
            if (vector != null) {
                ScoreDoc[] nearest = index.nearest(vector, filter, fusion.depth()).scoreDocs;
                for (int i = 0; i < nearest.length; i++) {
                    Candidate c = byDoc.computeIfAbsent(nearest[i].doc, d -> new Candidate(index.stored(d)));
                    c.denseRank = i + 1;
                    c.denseScore = 2 * nearest[i].score - 1; // Lucene scores a dot product as (1 + cos) / 2
                }
            }
        }
        List<Candidate> out = new ArrayList<>(byDoc.values());
        for (Candidate c : out) {
            c.fused = fusion.score(c.bm25Rank, c.denseRank);
            Product p = c.stored.kind() == HitKind.PRODUCT ? products.get(c.stored.id()) : null;
            if (p != null && !p.inStock()) {
                c.fused *= OUT_OF_STOCK_FACTOR;
            }
            c.coverage = terms.coverage(c.stored.terms(), index::docFreq, index.documents());
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> c.fused).reversed());
        return out;
    }

    /** The question's words (not the chat words around them) through the embedder; BM25 alone if it fails. */
    private float[] embedQuestion(QueryTerms terms) {
        if (terms.isEmpty()) {
            return null;
        }
        String text = terms.groups().stream().map(QueryTerms.Group::word).collect(Collectors.joining(" "));
        try {
            return embedder.embed(text);
        } catch (EmbeddingException e) {
            log.warn("embedding the question failed, answering from BM25 alone: {}", e.getMessage());
            return null;
        }
    }

    /**
     * The share of a section title's terms the question contains. A heading is the store's own summary of a
     * section, so "vcs aceitam pix?" belongs to "Pix" even though "Bandeiras aceitas" repeats "aceitamos".
     */
    private double titleShare(HybridIndex.Stored stored, Set<String> asked) {
        Set<String> title = stored.kind() == HitKind.KNOWLEDGE ? titleTerms.get(stored.id()) : null;
        if (title == null || title.isEmpty()) {
            return 0;
        }
        return (double) title.stream().filter(asked::contains).count() / title.size();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
