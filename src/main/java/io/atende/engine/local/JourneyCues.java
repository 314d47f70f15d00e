package io.atende.engine.local;

import java.util.List;

/**
 * Recognises the customer acting on the journey itself: giving up ("deixa pra lá", "cancela"), correcting an
 * answer ("na verdade...") or following up on the last request ("e o pedido 789012?"). The phrases and limits live in
 * {@code engine/journey-cues-pt.properties}, so they are tuned without touching code.
 */
final class JourneyCues {

    private static final String WORDS = "engine/journey-cues-pt.properties";

    private final List<String> cancel;
    private final List<String> correction;
    private final int cancelMaxWords;
    private final int followUpMaxWords;

    JourneyCues() {
        WordLists words = WordLists.load(WORDS);
        cancel = words.list("cancel");
        correction = words.list("correction");
        cancelMaxWords = Integer.parseInt(words.value("cancel_max_words", "6"));
        followUpMaxWords = Integer.parseInt(words.value("follow_up_max_words", "6"));
    }

    /** A short message that gives up: "deixa pra lá", "cancela isso", "não quero mais". */
    boolean cancels(String text) {
        String folded = WordLists.folded(text);
        return folded.split(" ").length <= cancelMaxWords && cancel.stream().anyMatch(c -> contains(folded, c));
    }

    /** Short enough to be a follow-up of the last request ("e o pedido 789012?") rather than a request of its own. */
    boolean followUp(String text) {
        String folded = WordLists.folded(text);
        return !folded.isEmpty() && folded.split(" ").length <= followUpMaxWords;
    }

    /** A message that says it corrects something given before. */
    boolean corrects(String text) {
        String folded = WordLists.folded(text);
        return correction.stream().anyMatch(c -> contains(folded, c));
    }

    private static boolean contains(String folded, String phrase) {
        return (" " + folded + " ").contains(" " + phrase + " ");
    }
}
