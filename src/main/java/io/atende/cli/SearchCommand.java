package io.atende.cli;

import io.atende.knowledge.HitKind;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.ProductQuery;
import io.atende.knowledge.RankedHit;
import io.atende.knowledge.SearchFilters;
import io.atende.knowledge.WordReading;
import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.Product;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./atende search}: what retrieval does with one question, for debugging a pack. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Rank products and knowledge sections for a question, showing BM25, vector and fused scores.")
final class SearchCommand implements Callable<Integer> {

    @CommandLine.Mixin
    PackOption pack = new PackOption();

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The question, as a customer would write it.")
    List<String> words;

    @Option(names = "-k", paramLabel = "N", description = "Hits to show (default: 10).")
    int k = 10;

    @Option(names = "--kind", paramLabel = "product|knowledge", description = "Only products or only knowledge sections.")
    String kind;

    @Override
    public Integer call() throws Exception {
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("-k must be between 1 and 1000, got " + k);
        }
        Path dir = pack.dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("pack directory not found: " + dir);
        }
        Pack loaded = PackLoader.load(dir);
        String question = String.join(" ", words);
        try (KnowledgeBase knowledge = KnowledgeBase.inMemory(loaded, KnowledgeSettings.fromEnvironment())) {
            ProductQuery parsed = knowledge.parseProductQuery(question);
            System.out.println("question: " + question);
            for (WordReading w : knowledge.read(question)) {
                System.out.printf("  %-16s stems %s%s%s%n", w.word(), w.stems(),
                        w.synonyms().isEmpty() ? "" : "  synonyms " + w.synonyms(),
                        w.corrections().isEmpty() ? "" : "  corrections " + w.corrections());
            }
            if (parsed.hasPriceRange()) {
                System.out.printf("  price filter on products: %s .. %s%n", parsed.minPrice() == null ? "" : parsed.minPrice(),
                        parsed.maxPrice() == null ? "" : parsed.maxPrice());
            }
            Map<String, String> titles = titles(loaded);
            System.out.printf("%n%4s %8s %14s %14s %6s  %-9s %s%n", "rank", "fused", "bm25 (rank)", "cosine (rank)",
                    "cover", "kind", "id  title");
            int rank = 0;
            List<RankedHit> hits = kind == null ? knowledge.ask(question, k)
                    : knowledge.search(parsed.text(), SearchFilters.only(kind(kind)).withPrice(parsed.minPrice(),
                            parsed.maxPrice()), k);
            for (RankedHit h : hits) {
                System.out.printf("%4d %8.5f %14s %14s %6.2f  %-9s %s  %s%n", ++rank, h.score(),
                        side(h.bm25Score(), h.bm25Rank()), side(h.denseScore(), h.denseRank()), h.coverage(),
                        h.kind().name().toLowerCase(java.util.Locale.ROOT), h.id(), titles.getOrDefault(h.id(), ""));
            }
            if (rank == 0) {
                System.out.println("  (nothing found)");
            }
        }
        return 0;
    }

    private static HitKind kind(String text) {
        return switch (text) {
            case "product", "products" -> HitKind.PRODUCT;
            case "knowledge" -> HitKind.KNOWLEDGE;
            default -> throw new IllegalArgumentException("--kind must be product or knowledge, got '" + text + "'");
        };
    }

    private static String side(double score, int rank) {
        return rank == 0 ? "-" : String.format("%.3f (%d)", score, rank);
    }

    private static Map<String, String> titles(Pack pack) {
        Map<String, String> titles = new HashMap<>();
        pack.products().forEach((Product p) -> titles.put(p.id(), p.title()));
        pack.knowledge().forEach((KnowledgeEntry e) -> titles.put(e.id(), e.title()));
        return titles;
    }
}
