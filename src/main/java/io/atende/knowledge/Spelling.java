package io.atende.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Typo tolerance: a word the index has never seen is replaced by the closest words it has (Levenshtein
 * automaton over the surface vocabulary, transpositions count as one edit). Words under six letters are left
 * alone: a short real word the store never uses ("perco", "veio", "pais") is one edit from an unrelated store
 * word, and on the development queries correcting them cost more than it found. Only the nearest distance is
 * used, and among equally near words the most common ones.
 */
final class Spelling {

    private static final int MIN_LENGTH = 6;
    /** From this length two edits are allowed ("refrigerdaor"); below, one ("entrga", "notebok", "geladera"). */
    private static final int TWO_EDITS_LENGTH = 9;
    private static final int MAX_SUGGESTIONS = 2;

    private record Candidate(String word, int distance, int docFreq) {
    }

    private final Terms vocabulary;

    Spelling(IndexReader reader) {
        try {
            this.vocabulary = MultiTerms.getTerms(reader, IndexSchema.WORDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words of the index within reach of a misspelt word, nearest first; empty when none or when not a word. */
    List<String> suggest(String word) {
        if (vocabulary == null || word.length() < MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        int maxEdits = word.length() >= TWO_EDITS_LENGTH ? 2 : 1;
        List<Candidate> candidates = new ArrayList<>();
        try {
            FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(vocabulary, new Term(IndexSchema.WORDS, word), maxEdits, 0, true);
            for (BytesRef term = fuzzy.next(); term != null; term = fuzzy.next()) {
                String found = term.utf8ToString();
                if (!found.equals(word)) {
                    candidates.add(new Candidate(found, distance(word, found), fuzzy.docFreq()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int nearest = candidates.stream().mapToInt(Candidate::distance).min().orElse(Integer.MAX_VALUE);
        return candidates.stream().filter(c -> c.distance() == nearest)
                .sorted(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparing(Candidate::word))
                .limit(MAX_SUGGESTIONS).map(Candidate::word).toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
