package io.atende.knowledge;

import io.atende.knowledge.embedding.Embedder;
import io.atende.knowledge.embedding.EmbeddingException;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
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
    /** The fused score of a hit whose title says exactly what was asked is multiplied by 1 + this. */
    private static final double TITLE_BONUS = 1.5;

    /** After the embedder fails, questions go without the vector side this long. */
    private static final Duration DENSE_PAUSE = Duration.ofSeconds(30);

    private final Map<String, KnowledgeEntry> entries;
    private final Map<String, Product> products;
    private final HybridIndex index;
    private final Embedder embedder;
    private final QueryReader reader;
    private final Fusion fusion;
    private final Bm25Queries queries;
    private volatile long denseResumesAt = System.nanoTime();

    LuceneRetriever(Pack pack, HybridIndex index, Embedder embedder, QueryReader reader, Fusion fusion) {
        this.entries = byId(pack.knowledge(), KnowledgeEntry::id);
        this.products = byId(pack.products(), Product::id);
        this.index = index;
        this.embedder = embedder;
        this.reader = reader;
        this.fusion = fusion;
        this.queries = new Bm25Queries(index::termQuery);
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
        return listed(terms, rank(terms, 0, queries.filter(SearchFilters.only(HitKind.KNOWLEDGE)), Mode.HYBRID), k)
                .stream().map(c -> new KnowledgeHit(entries.get(c.identity.id()), c.fused, c.coverage)).toList();
    }

    /**
     * The section that best answers the policy part of a question (its catalog words left out when it also has
     * policy words, see {@link KindMix#policyPart}), with its coverage of that part and whether its heading was
     * typed; null when nothing matches.
     * A policy holds for every product, so "a air fryer tem garantia?" is covered by the warranty alone.
     */
    /** How far down the ranking a section whose heading was typed is still taken as the one asked about. */
    private static final int HEADING_LOOKAHEAD = 3;

    SectionAnswer bestSection(String query) {
        QueryTerms terms = reader.read(query, reader.language().words().chat());
        QueryTerms policy = KindMix.policyPart(terms, index);
        QueryTerms asked = policy == null ? terms : policy;
        if (asked.isEmpty()) {
            return null;
        }
        Set<String> talk = reader.language().words().talk();
        QueryTerms weighed = new QueryTerms(asked.groups().stream().filter(g -> !talk.contains(g.word())).toList());
        List<Candidate> top = listed(weighed, rank(asked, 0, queries.filter(SearchFilters.only(HitKind.KNOWLEDGE)),
                Mode.HYBRID), HEADING_LOOKAHEAD);
        if (top.isEmpty()) {
            return null;
        }
        Set<String> typed = new HashSet<>();
        terms.groups().forEach(g -> typed.addAll(g.terms()));
        // below the first, the pack's synonyms count as typed too ("boleto" names "Boleto bancário"); guesses do not
        Set<String> named = new HashSet<>(typed);
        terms.groups().forEach(g -> named.addAll(g.synonyms()));
        Candidate best = top.getFirst();
        KnowledgeHit below = top.stream().skip(1).filter(c -> headingTyped(c, named)).findFirst()
                .map(c -> new KnowledgeHit(entries.get(c.identity.id()), c.fused, c.coverage)).orElse(null);
        return new SectionAnswer(new KnowledgeHit(entries.get(best.identity.id()), best.fused, best.coverage),
                headingTyped(best, typed), below);
    }

    private boolean headingTyped(Candidate c, Set<String> typed) {
        Set<String> heading = index.titleTerms(c.doc);
        return !heading.isEmpty() && typed.containsAll(heading);
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
        // the vector side does not depend on how many words BM25 requires: search it once for both tries
        ScoreDoc[] nearest = nearest(known, filter, Mode.HYBRID);
        List<Candidate> ranked = rank(known, known.groups().size(), filter, Mode.HYBRID, nearest);
        if (ranked.stream().noneMatch(c -> c.bm25Rank > 0) && known.groups().size() > 1) {
            ranked = rank(known, (known.groups().size() + 1) / 2, filter, Mode.HYBRID, nearest);
        }
        preferInStock(ranked);
        // Coverage counts the unknown words too: "sofá de 3 lugares" is not answered by a product with "sofá".
        List<ProductHit> hits = listed(terms, ranked, k, c -> c.bm25Rank > 0 || c.denseScore >= fusion.denseFloor())
                .stream()
                .map(c -> new ProductHit(products.get(c.identity.id()), c.fused, c.coverage)).toList();
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
        List<Candidate> listed = listed(terms, rank(terms, 0, queries.filter(filters), mode), k);
        QueryTerms policy = filters.kind() == null ? KindMix.policyPart(terms, index) : null;
        if (policy != null) {
            Query sections = queries.filter(filters.withKind(HitKind.KNOWLEDGE));
            listed = KindMix.merge(listed, listed(policy, rank(policy, 0, sections, mode), k),
                    c -> c.identity.kind(), c -> c.fused, k);
        }
        return listed.stream()
                .map(c -> new RankedHit(c.identity.id(), c.identity.kind(), c.fused, c.bm25Rank, c.bm25Score,
                        c.denseRank, c.denseScore, c.coverage))
                .toList();
    }

    QueryReader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    /**
     * The first {@code k} candidates worth listing, with their coverage: a hit that shares no word with the
     * question must at least be close in the vector space. Coverage reads a document's terms, so it is computed
     * only for the candidates looked at.
     */
    private List<Candidate> listed(QueryTerms terms, List<Candidate> ranked, int k) {
        return listed(terms, ranked, k, c -> c.coverage > 0 || c.denseScore >= fusion.denseFloor());
    }

    private List<Candidate> listed(QueryTerms terms, List<Candidate> ranked, int k, Predicate<Candidate> worth) {
        Map<HitKind, QueryTerms.Coverage> coverage = new EnumMap<>(HitKind.class);
        List<Candidate> out = new ArrayList<>(k);
        for (Candidate c : ranked) {
            if (out.size() == k) {
                break;
            }
            c.coverage = coverage.computeIfAbsent(c.identity.kind(),
                    kind -> terms.coverage(t -> index.docFreq(kind, t), index.documents(kind))).of(index.terms(c.doc));
            if (worth.test(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static final class Candidate {
        final int doc;
        final HybridIndex.Identity identity;
        int bm25Rank;
        double bm25Score;
        int denseRank;
        double denseScore;
        double fused;
        double coverage;

        Candidate(int doc, HybridIndex.Identity identity) {
            this.doc = doc;
            this.identity = identity;
        }
    }

    private List<Candidate> rank(QueryTerms terms, int minimumShouldMatch, Query filter, Mode mode) {
        return rank(terms, minimumShouldMatch, filter, mode, nearest(terms, filter, mode));
    }

    /** The vector side's nearest documents, best first; empty in BM25 mode or when the question cannot be embedded. */
    private ScoreDoc[] nearest(QueryTerms terms, Query filter, Mode mode) {
        if (mode == Mode.BM25) {
            return new ScoreDoc[0];
        }
        float[] vector = embedQuestion(terms);
        return vector == null ? new ScoreDoc[0] : index.nearest(vector, filter, fusion.depth()).scoreDocs;
    }

    private List<Candidate> rank(QueryTerms terms, int minimumShouldMatch, Query filter, Mode mode, ScoreDoc[] nearest) {
        Map<Integer, Candidate> byDoc = new LinkedHashMap<>();
        if (mode != Mode.DENSE && !terms.isEmpty()) {
            ScoreDoc[] top = index.bm25(queries.bm25(terms, minimumShouldMatch, filter), fusion.depth()).scoreDocs;
            for (int i = 0; i < top.length; i++) {
                Candidate c = byDoc.computeIfAbsent(top[i].doc, d -> new Candidate(d, index.identity(d)));
                c.bm25Rank = i + 1;
                c.bm25Score = top[i].score;
            }
        }
        for (int i = 0; i < nearest.length; i++) {
            double cos = 2 * nearest[i].score - 1; // Lucene scores a dot product as (1 + cos) / 2
            if (mode == Mode.HYBRID && cos < fusion.denseMin()) {
                break; // the rest is further still: nearest neighbours, not matches
            }
            Candidate c = byDoc.computeIfAbsent(nearest[i].doc, d -> new Candidate(d, index.identity(d)));
            c.denseRank = i + 1;
            c.denseScore = cos;
        }
        List<Candidate> out = new ArrayList<>(byDoc.values());
        Set<String> typed = new HashSet<>();
        terms.groups().forEach(g -> {
            typed.addAll(g.terms());
            typed.addAll(g.corrections());
        });
        for (Candidate c : out) {
            c.fused = fusion.score(c.bm25Rank, c.denseRank);
            if (mode == Mode.HYBRID && TITLE_BONUS > 0 && titleSaysIt(c, terms, typed)) {
                c.fused *= 1 + TITLE_BONUS;
            }
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> c.fused).reversed());
        return out;
    }

    /**
     * For a product list a customer reads, not for relevance: an out-of-stock item yields to comparable items
     * that can be bought now, but stays listed (with a note) when it is what was asked for.
     */
    private void preferInStock(List<Candidate> ranked) {
        for (Candidate c : ranked) {
            Product p = products.get(c.identity.id());
            if (p != null && !p.inStock()) {
                c.fused *= OUT_OF_STOCK_FACTOR;
            }
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.fused).reversed());
    }

    /** The question's words (not the chat words around them) through the embedder; BM25 alone if it fails. */
    private float[] embedQuestion(QueryTerms terms) {
        if (terms.isEmpty()) {
            return null;
        }
        // Only the words typed: adding the synonyms' words dilutes the question's vector (worse on the dev queries).
        String text = terms.groups().stream().map(QueryTerms.Group::word).collect(Collectors.joining(" "));
        if (System.nanoTime() < denseResumesAt) {
            return null;
        }
        try {
            return embedder.embed(text);
        } catch (EmbeddingException e) {
            // A failing endpoint would otherwise cost every question its timeout: BM25 alone for a while.
            denseResumesAt = System.nanoTime() + DENSE_PAUSE.toNanos();
            log.warn("embedding the question failed, answering from BM25 alone for {} s: {}", DENSE_PAUSE.toSeconds(),
                    e.getMessage());
            return null;
        }
    }

    /**
     * The title rule: a title is the store's own summary, so a hit whose title says exactly what was asked ranks
     * above hits that only mention it. For a section, the question holds its whole heading ("vcs aceitam pix?"
     * belongs to "Pix", not to "Bandeiras aceitas", which shares more words); for a product, its title holds
     * every word of the question, synonyms included ("celular samsung" is a Samsung smartphone before a Samsung
     * charger whose description says "celular"). A heading must be covered by the words typed, not by synonyms:
     * "horario" stands for "atendimento", which made every question about opening hours claim the heading
     * "Horário de atendimento" on the development queries. Only whole titles count: a share of one, tried there
     * too, rewarded generic title words like "produtos".
     */
    private boolean titleSaysIt(Candidate c, QueryTerms terms, Set<String> typed) {
        Set<String> title = index.titleTerms(c.doc);
        if (title.isEmpty()) {
            return false;
        }
        return c.identity.kind() == HitKind.KNOWLEDGE ? typed.containsAll(title)
                : terms.groups().stream().allMatch(g -> g.all().stream().anyMatch(title::contains));
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
