package io.atende.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the few sentences of a section that answer the question: those sharing the most question words,
 * kept in their original order so the answer still reads like the store wrote it.
 */
final class Excerpts {

    /** Sentence ends, and line breaks: a list item is a sentence of its own. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+(?=[\\p{Lu}\\d\"(])|\\s*\\n+\\s*");

    private static final Pattern LIST_ITEM = Pattern.compile("- |\\d+\\. ");

    private Excerpts() {
    }

    static String select(String text, QueryTerms question, TextAnalyzer analyzer, int maxSentences) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        if (sentences.size() <= maxSentences) {
            return join(sentences);
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> terms = new HashSet<>(analyzer.terms(sentences.get(i)));
            long shared = question.groups().stream().filter(g -> g.all().stream().anyMatch(terms::contains)).count();
            // The first sentence usually states the rule, so it wins ties.
            scored.add(new Scored(i, shared + (i == 0 ? 0.5 : 0)));
        }
        List<Scored> chosen = scored.stream()
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::index))
                .limit(maxSentences)
                .filter(s -> s.score() >= 1 || s.index() == 0)
                .sorted(Comparator.comparingInt(Scored::index))
                .toList();
        if (chosen.isEmpty()) {
            return sentences.getFirst();
        }
        return join(chosen.stream().map(s -> sentences.get(s.index())).toList());
    }

    /** List items keep their own line; prose sentences flow as one paragraph. */
    private static String join(List<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (String s : sentences) {
            if (!out.isEmpty()) {
                out.append(LIST_ITEM.matcher(s).lookingAt() ? "\n" : " ");
            }
            out.append(s);
        }
        return out.toString();
    }

    private record Scored(int index, double score) {
    }
}
