package io.atende.pack;

import java.util.List;

/**
 * One line of a pack's {@code synonyms.txt}. Each phrase is a list of words as the operator wrote them (folding
 * and stemming happen in the retriever, so "Geladeira" and "geladeira" are the same rule).
 *
 * @param phrases    the phrases on the left of {@code =>}, or every phrase of an equivalence line
 * @param expansions what the left side also searches for; for an equivalence line, the same as {@code phrases}
 * @param line       line number in the file, for messages
 */
public record SynonymRule(List<List<String>> phrases, List<List<String>> expansions, int line) {

    public SynonymRule {
        phrases = phrases.stream().map(List::copyOf).toList();
        expansions = expansions.stream().map(List::copyOf).toList();
    }

    /** Whether every phrase stands for every other ({@code a, b, c}) rather than one way ({@code a => b}). */
    public boolean equivalence() {
        return phrases.equals(expansions);
    }
}
