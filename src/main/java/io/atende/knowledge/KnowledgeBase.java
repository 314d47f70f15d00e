package io.atende.knowledge;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The knowledge module's public face: search the store's knowledge and catalog, parse product questions,
 * and read the words of a question the way the index reads them. Engines depend on this type and the hit
 * records only, so the retriever behind it can change freely.
 */
public final class KnowledgeBase implements AutoCloseable {

    /** Questions already running on a replaced index get this long to finish before it is closed. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(30);

    /** The retriever in force and its index; replaced whole by {@link #reload}. */
    private record Current(LuceneRetriever retriever, IndexInfo index) {
    }

    private final AtomicReference<Current> current;
    private final Function<Pack, Current> builder;

    private KnowledgeBase(Pack pack, Function<Pack, Current> builder) {
        this.builder = builder;
        this.current = new AtomicReference<>(builder.apply(pack));
    }

    /** Indexes the pack's knowledge and catalog in memory with the default settings; fast for a store-sized pack. */
    public static KnowledgeBase inMemory(Pack pack) {
        return inMemory(pack, KnowledgeProperties.DEFAULTS);
    }

    public static KnowledgeBase inMemory(Pack pack, KnowledgeProperties settings) {
        return new KnowledgeBase(pack, p -> new Current(Indexes.inMemory(p, settings), null));
    }

    /**
     * Opens the pack's index under {@code indexRoot} on local disk, building it only when it is missing, the
     * pack changed (content hash) or {@code rebuild} is asked.
     */
    public static KnowledgeBase onDisk(Pack pack, KnowledgeProperties settings, Path indexRoot, boolean rebuild) {
        boolean[] first = {rebuild};
        return new KnowledgeBase(pack, p -> {
            IndexStore.Opened opened = IndexStore.open(p, settings, indexRoot, first[0]);
            first[0] = false; // a forced rebuild is for the first opening only; reloads rebuild when content changed
            return new Current(opened.retriever(), opened.info());
        });
    }

    /** The settings' choice: on disk under {@code dataDir/index}, or in memory. */
    public static KnowledgeBase open(Pack pack, KnowledgeProperties settings, Path dataDir) {
        return settings.index() == KnowledgeProperties.IndexMode.MEMORY ? inMemory(pack, settings)
                : onDisk(pack, settings, dataDir.resolve("index"), false);
    }

    /** The on-disk index this knowledge base runs on; empty when it lives in memory. */
    public Optional<IndexInfo> index() {
        return Optional.ofNullable(current.get().index());
    }

    /**
     * Switches to an edited pack (live reload): its index is opened or built aside — on disk, reused when the
     * content is unchanged, e.g. when only the synonyms were edited — and swapped in whole, so a question runs
     * on the old index or the new one, never a mix. The old index is closed once questions still running on it
     * have had time to finish.
     */
    public void reload(Pack pack) {
        Current replaced = current.getAndSet(builder.apply(pack));
        CompletableFuture.runAsync(() -> closeQuietly(replaced.retriever()),
                CompletableFuture.delayedExecutor(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS));
    }

    private LuceneRetriever retriever() {
        return current.get().retriever();
    }

    private QueryReader reader() {
        return current.get().retriever().reader();
    }

    private static void closeQuietly(LuceneRetriever retriever) {
        try {
            retriever.close();
        } catch (IOException | RuntimeException e) {
            // the old index is gone either way; nothing a customer would notice
        }
    }

    public List<KnowledgeHit> searchKnowledge(String question, int k) {
        return retriever().searchKnowledge(question, k);
    }

    public List<ProductHit> searchProducts(ProductQuery query, int k) {
        return retriever().searchProducts(query, k);
    }

    /**
     * The section that answers a policy question, with its coverage of the question's policy part (catalog words
     * left out when the question also has policy words); empty when no section matches at all. Whether it is good
     * enough to give is {@link Abstention}'s call.
     */
    public Optional<SectionAnswer> bestSection(String question) {
        return Optional.ofNullable(retriever().bestSection(question));
    }

    /** Products and sections in one ranking, within hard filters (category, price, stock, kind). */
    public List<RankedHit> search(String question, SearchFilters filters, int k) {
        return retriever().search(question, filters, k);
    }

    /**
     * A customer's question as one ranking of products and sections: the price range it states ("até 300
     * reais") drops the products outside it and is left out of the words matched. What {@code eval retrieval}
     * and {@code search} rank.
     */
    public List<RankedHit> ask(String question, int k) {
        return ask(question, k, LuceneRetriever.Mode.HYBRID);
    }

    /** {@link #ask(String, int)} with one side of the hybrid search alone, to compare with the fused ranking. */
    public List<RankedHit> ask(String question, int k, LuceneRetriever.Mode mode) {
        ProductQuery parsed = ProductQuery.parse(question);
        return retriever().search(parsed.text(), SearchFilters.ANY.withPrice(parsed.minPrice(), parsed.maxPrice()), k, mode);
    }

    /** The same ranking from one side of the hybrid search alone, to compare with the fused one. */
    public List<RankedHit> search(String question, SearchFilters filters, int k, LuceneRetriever.Mode mode) {
        return retriever().search(question, filters, k, mode);
    }

    /** How {@link #ask} reads a question: its words with their stems, synonyms and spelling corrections. */
    public List<WordReading> read(String question) {
        QueryReader reader = reader();
        return reader.read(ProductQuery.parse(question).text(), reader.language().words().chat()).groups().stream()
                .map(g -> new WordReading(g.word(), g.terms(), g.synonyms(), g.corrections())).toList();
    }

    /** Reads a product question, with its price range if the customer gave one. */
    public ProductQuery parseProductQuery(String question) {
        return ProductQuery.parse(question);
    }

    /** The few sentences of a section that share the most words with the question, in the section's order. */
    public String excerpt(KnowledgeEntry entry, String question, int maxSentences) {
        QueryReader reader = reader();
        return Excerpts.select(entry.text(), reader.read(question, reader.language().words().chat()),
                reader.analyzer(), maxSentences);
    }

    /**
     * The stems of a customer's text after chat normalisation, synonyms and spelling corrections included:
     * compare them with {@link #stems(String)} of cue words to spot "frete" in "fretes" or "FRETE" in "qnto é o frete".
     */
    public Set<String> stems(String text) {
        return Set.copyOf(reader().read(text, Set.of()).allTerms());
    }

    /** Chat text spelled out: lower case, no accents, abbreviations expanded ("vcs" -> "voces"). */
    public String normalize(String text) {
        return reader().normalize(text);
    }

    @Override
    public void close() throws IOException {
        retriever().close();
    }
}
