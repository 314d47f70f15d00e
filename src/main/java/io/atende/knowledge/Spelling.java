package io.atende.knowledge;

import io.atende.shared.Memo;
import io.atende.shared.EditDistance;
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
    /** Building a Levenshtein automaton is most of a query's cost; the vocabulary never changes under it. */
    private final Memo<String, List<String>> suggestions = new Memo<>(20_000);

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
        return suggestions.get(word, this::nearest);
    }

    private List<String> nearest(String word) {
        int maxEdits = word.length() >= TWO_EDITS_LENGTH ? 2 : 1;
        List<Candidate> candidates = new ArrayList<>();
        try {
            FuzzyTermsEnum fuzzy = new FuzzyTermsEnum(vocabulary, new Term(IndexSchema.WORDS, word), maxEdits, 0, true);
            for (BytesRef term = fuzzy.next(); term != null; term = fuzzy.next()) {
                String found = term.utf8ToString();
                if (!found.equals(word)) {
                    candidates.add(new Candidate(found, EditDistance.between(word, found), fuzzy.docFreq()));
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
}
