package io.atende.engine.local;

import io.atende.knowledge.HitKind;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.ProductHit;
import io.atende.knowledge.RankedHit;
import io.atende.knowledge.SearchFilters;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads "qual a diferença entre o Galaxy A15 e o A16?" as a comparison of two catalog products. Each side is
 * searched on its own; the second within the first one's category, so "a air fryer mondial ou a philco" compares
 * two air fryers, not an air fryer and a Philco TV.
 */
final class Comparisons {

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final String WORDS = "engine/comparison-pt.properties";
    private static final int SECOND_SIDE_CANDIDATES = 5;

    private final KnowledgeBase knowledge;
    private final Map<String, Product> products;
    private final double productMin;
    private final Set<String> cues;
    private final Set<String> connectors;
    private final Set<String> fillers;

    Comparisons(Pack pack, KnowledgeBase knowledge, double productMin) {
        this.knowledge = knowledge;
        this.products = pack.products().stream().collect(Collectors.toMap(Product::id, Function.identity(), (a, b) -> a));
        this.productMin = productMin;
        Properties words = WordLists.load(WORDS);
        this.cues = split(words.getProperty("cues"));
        this.connectors = split(words.getProperty("connectors"));
        this.fillers = split(words.getProperty("fillers"));
    }

    /** The two products a message compares, when it compares two the catalog has. */
    Optional<List<ProductHit>> find(String question) {
        List<String> words = Arrays.stream(NON_WORD.split(knowledge.normalize(question)))
                .filter(w -> !w.isBlank()).toList();
        int cue = -1;
        for (int i = 0; i < words.size() && cue < 0; i++) {
            if (cues.contains(words.get(i))) {
                cue = i;
            }
        }
        if (cue < 0) {
            return Optional.empty();
        }
        // "a15 vs a16" and "a15 ou a16, qual melhor?" name both sides around the cue; "diferenca entre X e Y" after it
        List<String> span = connectors.contains(words.get(cue)) || cue > words.size() / 2
                ? words : words.subList(cue + 1, words.size());
        for (int i = 1; i < span.size() - 1; i++) {
            if (connectors.contains(span.get(i))) {
                String left = side(span.subList(0, i));
                String right = side(span.subList(i + 1, span.size()));
                if (!left.isBlank() && !right.isBlank()) {
                    return pair(left, right);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<List<ProductHit>> pair(String left, String right) {
        List<ProductHit> first = knowledge.searchProducts(knowledge.parseProductQuery(left), 1);
        if (first.isEmpty() || first.getFirst().coverage() < productMin) {
            return Optional.empty();
        }
        Product a = first.getFirst().product();
        // "o a15 e o a16": the bare "a16" also names the A16's case; prefer a product of the same kind as the first
        String kind = headWord(a);
        List<RankedHit> candidates = knowledge.search(right,
                SearchFilters.only(HitKind.PRODUCT).withCategory(a.category()), SECOND_SIDE_CANDIDATES).stream()
                .filter(h -> h.coverage() >= productMin && products.containsKey(h.id()) && !h.id().equals(a.id()))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        RankedHit chosen = candidates.stream().filter(h -> headWord(products.get(h.id())).equals(kind)).findFirst()
                .orElse(candidates.getFirst());
        return Optional.of(List.of(first.getFirst(), new ProductHit(products.get(chosen.id()), chosen.score(),
                chosen.coverage())));
    }

    private static String headWord(Product p) {
        String title = p.title().strip();
        int space = title.indexOf(' ');
        return (space < 0 ? title : title.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    }

    /** One side's words without the leading and trailing filler ("o", "entre", "qual melhor"). */
    private String side(List<String> words) {
        List<String> kept = new ArrayList<>(words);
        while (!kept.isEmpty() && fillers.contains(kept.getFirst())) {
            kept.removeFirst();
        }
        while (!kept.isEmpty() && (fillers.contains(kept.getLast()) || cues.contains(kept.getLast()))) {
            kept.removeLast();
        }
        return String.join(" ", kept);
    }

    private static Set<String> split(String list) {
        return Set.copyOf(WordLists.list(list));
    }
}
