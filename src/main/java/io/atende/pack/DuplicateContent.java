package io.atende.pack;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds content written twice under different ids: products with the same title and description, knowledge
 * sections with the same text, compared after folding case, accents, punctuation and spacing. These are
 * warnings, not errors: the pack still works, but the retriever would show one of the two at random and an
 * edit to one copy would leave the other stale.
 */
final class DuplicateContent {

    private DuplicateContent() {
    }

    static void check(List<Sourced<Product>> products, List<Sourced<KnowledgeEntry>> sections, List<PackProblem> warnings) {
        find(products, p -> p.title() + " " + p.description(), Product::id, "product", "the same title and description",
                warnings);
        find(sections, KnowledgeEntry::text, KnowledgeEntry::id, "section", "the same text", warnings);
    }

    private static <T> void find(List<Sourced<T>> items, Function<T, String> content, Function<T, String> id, String kind,
                                 String what, List<PackProblem> warnings) {
        Map<String, Sourced<T>> seen = new HashMap<>();
        for (Sourced<T> item : items) {
            Sourced<T> earlier = seen.putIfAbsent(fold(content.apply(item.value())), item);
            if (earlier != null) {
                warnings.add(new PackProblem(item.file(), item.line(), kind + " '" + id.apply(item.value()) + "' has "
                        + what + " as " + kind + " '" + id.apply(earlier.value()) + "' (" + earlier.where() + ")"));
            }
        }
    }

    /** Lower case, no accents, words separated by single spaces. */
    static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
