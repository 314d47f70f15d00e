package io.atende.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question as groups of index terms: one group per word the customer wrote, holding the word's stem and
 * the stems of its synonyms. A group matches a document when any of its terms does.
 */
record QueryTerms(List<Set<String>> groups) {

    QueryTerms {
        groups = List.copyOf(groups);
    }

    static QueryTerms of(String text, PortugueseAnalyzer analyzer, Set<String> skipWords) {
        List<Set<String>> groups = new ArrayList<>();
        for (List<String> words : ChatNormalizer.wordGroups(text)) {
            if (skipWords.contains(words.getFirst())) {
                continue;
            }
            Set<String> terms = new LinkedHashSet<>();
            for (String word : words) {
                terms.addAll(analyzer.terms(word));
            }
            if (!terms.isEmpty() && !groups.contains(terms)) {
                groups.add(terms);
            }
        }
        return new QueryTerms(groups);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    Set<String> allTerms() {
        Set<String> all = new LinkedHashSet<>();
        groups.forEach(all::addAll);
        return all;
    }

    /**
     * The IDF-weighted share of groups found in a document's terms: rare words (a product name, "pix") weigh
     * more than common ones, and words no document has weigh most, so gibberish scores near zero.
     */
    double coverage(Set<String> documentTerms, Map<String, Integer> documentFrequency, int documents) {
        double total = 0;
        double found = 0;
        for (Set<String> group : groups) {
            double weight = weight(group, documentFrequency, documents);
            total += weight;
            if (group.stream().anyMatch(documentTerms::contains)) {
                found += weight;
            }
        }
        return total == 0 ? 0 : found / total;
    }

    /** IDF-like weight of one group; the group is as common as its most common term. */
    static double weight(Set<String> group, Map<String, Integer> documentFrequency, int documents) {
        int df = group.stream().mapToInt(t -> documentFrequency.getOrDefault(t, 0)).max().orElse(0);
        return Math.log(1 + (double) documents / (1 + df));
    }
}
