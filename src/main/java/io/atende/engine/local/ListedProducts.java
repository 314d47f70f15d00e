package io.atende.engine.local;

import io.atende.engine.EngineRequest.HistoryEntry;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.ProductHit;
import io.atende.pack.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The products the agent listed last in the conversation and the customer's references to them: "qual a diferença
 * entre os dois?" and "compara o primeiro com o segundo" compare two of them, "quero o segundo" chooses one. The
 * engine keeps no state of its own, so the list is read back from the agent's messages in the history, as a person
 * scrolling up would: the latest message naming at least two catalog products, in the order it names them.
 */
final class ListedProducts {

    private static final String WORDS = "engine/comparison-pt.properties";

    private final List<Product> products;
    private final KnowledgeBase knowledge;
    private final Set<String> cues;
    private final Set<String> fillers;
    private final Set<String> both;
    private final Map<String, Integer> ordinals = new HashMap<>();

    ListedProducts(List<Product> products, KnowledgeBase knowledge) {
        this.products = List.copyOf(products);
        this.knowledge = knowledge;
        WordLists words = WordLists.load(WORDS);
        this.cues = Set.copyOf(words.list("cues"));
        this.fillers = Set.copyOf(words.list("fillers"));
        this.both = Set.copyOf(words.list("both"));
        for (String ordinal : words.list("ordinals")) {
            String[] parts = ordinal.split(":");
            ordinals.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
        }
    }

    /**
     * The two listed products a comparison refers to: two ordinals, or "os dois" / no side named at all ("qual a
     * diferença?"), which means the first two. Empty without a comparison cue, with a side named some other way
     * ("entre pix e boleto"), or when no list was shown.
     */
    Optional<List<ProductHit>> comparison(String question, List<HistoryEntry> history) {
        List<String> words = words(question);
        if (words.stream().noneMatch(cues::contains)) {
            return Optional.empty();
        }
        List<Integer> positions = positions(words);
        boolean bare = words.stream().allMatch(w -> cues.contains(w) || fillers.contains(w) || both.contains(w)
                || ordinals.containsKey(w));
        if (positions.size() == 1 || !bare && positions.isEmpty() && words.stream().noneMatch(both::contains)) {
            return Optional.empty();
        }
        List<Product> listed = latest(history);
        if (listed.size() < 2) {
            return Optional.empty();
        }
        Optional<Product> first = at(listed, positions.isEmpty() ? 1 : positions.get(0));
        Optional<Product> second = at(listed, positions.isEmpty() ? 2 : positions.get(1));
        if (first.isEmpty() || second.isEmpty() || first.get() == second.get()) {
            return Optional.empty();
        }
        return Optional.of(List.of(new ProductHit(first.get(), 1, 1), new ProductHit(second.get(), 1, 1)));
    }

    /** The one listed product a short choice names by its position ("quero o segundo", "vou levar o primeiro"). */
    Optional<Product> choice(String text, List<HistoryEntry> history) {
        List<String> words = words(text);
        List<Integer> positions = positions(words);
        if (positions.size() != 1 || words.stream().anyMatch(cues::contains)) {
            return Optional.empty();
        }
        return at(latest(history), positions.getFirst());
    }

    /**
     * The products of the agent's latest message that names at least two, in the order it names them. A comparison
     * names two products of an earlier list again; that list stands, so "o terceiro" still means its third.
     */
    List<Product> latest(List<HistoryEntry> history) {
        List<Product> found = List.of();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (entry.fromCustomer()) {
                continue;
            }
            List<Product> named = named(entry.text());
            if (named.size() < 2) {
                continue;
            }
            if (!found.isEmpty() && !(named.size() > found.size() && named.containsAll(found))) {
                break;
            }
            found = named;
        }
        return found;
    }

    /**
     * The one product the agent's last message was about (its details, or the only one a search found), which
     * "quero fechar a compra" right after it means; empty when that message names none or several.
     */
    Optional<Product> shownAlone(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).fromCustomer()) {
                List<Product> named = named(history.get(i).text());
                return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private List<Product> named(String text) {
        List<Product> named = new ArrayList<>(products.stream().filter(p -> text.contains(p.title())).toList());
        named.sort(Comparator.comparingInt(p -> text.indexOf(p.title())));
        return named;
    }

    private List<Integer> positions(List<String> words) {
        return List.copyOf(new LinkedHashSet<>(words.stream().filter(ordinals::containsKey).map(ordinals::get)
                .toList()));
    }

    private static Optional<Product> at(List<Product> listed, int position) {
        int index = position < 0 ? listed.size() + position : position - 1;
        return index >= 0 && index < listed.size() ? Optional.of(listed.get(index)) : Optional.empty();
    }

    private List<String> words(String text) {
        return Arrays.stream(knowledge.normalize(text).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}
