package io.atende.knowledge;

import io.atende.pack.SynonymRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pack's synonym rules, read through the language's analyzer so that they match stems: "celulares" in a
 * question meets the rule written for "celular". Phrases match word sequences ("loja fisica"), longest first;
 * the expansions are added to every word of the matched phrase.
 */
final class Synonyms {

    private record Entry(List<String> phrase, Set<String> expansions) {
    }

    static final Synonyms NONE = new Synonyms(Map.of());

    private final Map<String, List<Entry>> byFirstStem;

    private Synonyms(Map<String, List<Entry>> byFirstStem) {
        this.byFirstStem = byFirstStem;
    }

    static Synonyms compile(List<SynonymRule> rules, ChatNormalizer normalizer, TextAnalyzer analyzer) {
        Map<String, List<Entry>> index = new HashMap<>();
        for (SynonymRule rule : rules) {
            List<List<String>> left = rule.phrases().stream().map(p -> stems(p, normalizer, analyzer)).toList();
            List<List<String>> right = rule.expansions().stream().map(p -> stems(p, normalizer, analyzer)).toList();
            for (List<String> phrase : left) {
                if (phrase.isEmpty()) {
                    continue;
                }
                Set<String> expansions = new LinkedHashSet<>();
                right.stream().filter(r -> !r.equals(phrase)).forEach(expansions::addAll);
                expansions.removeAll(phrase);
                if (!expansions.isEmpty()) {
                    index.computeIfAbsent(phrase.getFirst(), k -> new ArrayList<>()).add(new Entry(phrase, expansions));
                }
            }
        }
        return new Synonyms(index);
    }

    /** For each stem of a question, the stems its synonyms add (empty sets where no rule matches). */
    List<Set<String>> expand(List<String> stems) {
        List<Set<String>> out = new ArrayList<>(stems.size());
        stems.forEach(s -> out.add(new LinkedHashSet<>()));
        int i = 0;
        while (i < stems.size()) {
            int longest = 0;
            Set<String> expansions = new LinkedHashSet<>();
            for (Entry e : byFirstStem.getOrDefault(stems.get(i), List.of())) {
                int n = e.phrase().size();
                if (i + n <= stems.size() && stems.subList(i, i + n).equals(e.phrase()) && n >= longest) {
                    if (n > longest) {
                        expansions.clear();
                        longest = n;
                    }
                    expansions.addAll(e.expansions());
                }
            }
            for (int j = i; j < i + longest; j++) {
                out.get(j).addAll(expansions);
            }
            i += Math.max(1, longest);
        }
        return out;
    }

    private static List<String> stems(List<String> words, ChatNormalizer normalizer, TextAnalyzer analyzer) {
        List<String> out = new ArrayList<>();
        for (String word : normalizer.words(String.join(" ", words))) {
            out.addAll(analyzer.terms(word));
        }
        return out;
    }
}
