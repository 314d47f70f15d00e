package io.atende.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A question as groups of index terms: one group per word the customer wrote, holding the word's stem, the
 * stems its pack synonyms add and, for a word the index does not know, the stems of its spelling corrections.
 * A group matches a document when any of its terms does.
 */
record QueryTerms(List<Group> groups) {

    /**
     * One word of the question.
     *
     * @param word        the normalized word as typed
     * @param terms       its own stems
     * @param synonyms    stems added by the pack's synonyms
     * @param corrections stems of the nearest index words, when the word itself is unknown
     */
    record Group(String word, Set<String> terms, Set<String> synonyms, Set<String> corrections) {

        Group {
            terms = Set.copyOf(terms);
            synonyms = Set.copyOf(synonyms);
            corrections = Set.copyOf(corrections);
        }

        Set<String> all() {
            Set<String> all = new LinkedHashSet<>(terms);
            all.addAll(synonyms);
            all.addAll(corrections);
            return all;
        }
    }

    QueryTerms {
        groups = List.copyOf(groups);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    Set<String> allTerms() {
        Set<String> all = new LinkedHashSet<>();
        groups.forEach(g -> all.addAll(g.all()));
        return all;
    }

    /**
     * The IDF-weighted share of groups found in a document's terms: rare words (a product name, "pix") weigh
     * more than common ones, and words no document has weigh most, so gibberish scores near zero. The groups'
     * weights are computed once here, for scoring many documents.
     */
    Coverage coverage(ToIntFunction<String> documentFrequency, int documents) {
        double[] weights = new double[groups.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weight(groups.get(i), documentFrequency, documents);
        }
        List<Set<String>> terms = groups.stream().map(Group::all).toList();
        return documentTerms -> {
            double total = 0;
            double found = 0;
            for (int i = 0; i < weights.length; i++) {
                total += weights[i];
                if (terms.get(i).stream().anyMatch(documentTerms::contains)) {
                    found += weights[i];
                }
            }
            return total == 0 ? 0 : found / total;
        };
    }

    /** IDF-weighted share of a question's words a document holds, 0..1. */
    @FunctionalInterface
    interface Coverage {
        double of(Set<String> documentTerms);
    }

    /**
     * IDF-like weight of one group; the group is as common as its most common term. A corrected typo weighs
     * like the word it was corrected to, not like an unknown word.
     */
    static double weight(Group group, ToIntFunction<String> documentFrequency, int documents) {
        int df = group.all().stream().mapToInt(documentFrequency).max().orElse(0);
        return Math.log(1 + (double) documents / (1 + df));
    }
}
