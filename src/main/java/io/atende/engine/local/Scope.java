package io.atende.engine.local;

import io.atende.knowledge.KnowledgeBase;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Tells an off-topic message ("qual a capital da França?", "me conta uma piada", "quem ganhou o jogo ontem?") from
 * a store question nothing in the pack answers ("vcs entregam no japão?") and from text that is no language at all
 * ("asdfgh qwerty"). Read only when the router found no intent, section or product for the message: the pack's
 * intents are social ones, so the NLU's own out-of-scope notion (no intent applies) holds for store questions too,
 * and what is left to decide is whether the message is about the store.
 */
final class Scope {

    private static final String WORDS = "engine/scope-pt.properties";

    private final KnowledgeBase knowledge;
    private final Cues cues;
    private final Set<String> store;
    private final Set<String> function;
    private final List<String> verbPhrases;
    private final Set<String> everyday;

    Scope(KnowledgeBase knowledge, Cues cues) {
        this.knowledge = knowledge;
        this.cues = cues;
        WordLists words = WordLists.load(WORDS);
        this.store = Set.copyOf(words.list("store"));
        this.function = Set.copyOf(words.list("function"));
        this.verbPhrases = words.list("verb_phrases");
        this.everyday = Set.copyOf(words.list("everyday"));
    }

    /**
     * Whether an unanswered message is about something other than the store: written in words of the language, with
     * no policy word, no product request ("tem", "vende", a price), no word of the catalog (a category, brand or kind
     * of product) and nothing that addresses the store.
     *
     * @param priceRange whether the message asks for a price range ("até 300 reais"), which only a product search has
     */
    boolean offTopic(String text, boolean priceRange) {
        String normalized = " " + String.join(" ", knowledge.normalize(text).split("[^a-z0-9]+")) + " ";
        for (String phrase : verbPhrases) {
            normalized = normalized.replace(" " + phrase + " ", " ");
        }
        String[] words = normalized.strip().split(" ");
        // small words say it is language; a message of small words alone ("não", "e aí") says nothing off-topic
        boolean language = Arrays.stream(words).anyMatch(function::contains)
                && Arrays.stream(words).anyMatch(w -> !w.isEmpty() && !function.contains(w));
        boolean addressesStore = Arrays.stream(words).anyMatch(store::contains);
        return language && !addressesStore && !priceRange && !cues.policyAsTyped(normalized)
                && !cues.productRequest(normalized) && !cues.catalogWord(normalized, everyday);
    }
}
