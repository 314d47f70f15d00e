package io.atende.knowledge;

import io.atende.shared.Memo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * Reads a customer's text into {@link QueryTerms}: chat abbreviations spelled out, stems, pack synonyms and,
 * for words the index does not know, spelling corrections against the index vocabulary.
 */
final class QueryReader {

    private final Language language;
    private final TextAnalyzer analyzer;
    private final Synonyms synonyms;
    private final Spelling spelling;
    private final ToIntFunction<String> documentFrequency;
    /** One memo per set of skipped words; the sets are a language's constants, so identity tells them apart. */
    private final Map<SkipWords, Memo<String, QueryTerms>> memos = new ConcurrentHashMap<>();

    private record SkipWords(Set<String> words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SkipWords other && other.words == words;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(words);
        }
    }

    /**
     * @param spelling          typo correction, or {@code null} to leave unknown words alone
     * @param documentFrequency how many documents hold a term; 0 marks a word as unknown
     */
    QueryReader(Language language, TextAnalyzer analyzer, Synonyms synonyms, Spelling spelling,
                ToIntFunction<String> documentFrequency) {
        this.language = language;
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.spelling = spelling;
        this.documentFrequency = documentFrequency;
    }

    Language language() {
        return language;
    }

    TextAnalyzer analyzer() {
        return analyzer;
    }

    /** The question's groups, leaving out the words in {@code skipWords} (chat words that only ask). */
    QueryTerms read(String text, Set<String> skipWords) {
        if (memos.size() > 8) {
            memos.clear(); // a caller building its own sets per call would otherwise grow this map forever
        }
        return memos.computeIfAbsent(new SkipWords(skipWords), k -> new Memo<>(4_096))
                .get(text, t -> readAnew(t, skipWords));
    }

    private QueryTerms readAnew(String text, Set<String> skipWords) {
        List<String> words = new ArrayList<>();
        List<List<String>> wordTerms = new ArrayList<>();
        // synonyms are matched on every word, chat words included, so that a phrase such as "onde ta minha compra"
        // reaches the words that stay ("compra"); the chat words themselves still match nothing
        List<String> allStems = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (String word : language.normalizer().words(text)) {
            List<String> terms = analyzer.terms(word);
            if (terms.isEmpty()) {
                continue;
            }
            if (!skipWords.contains(word)) {
                kept.add(allStems.size());
                words.add(word);
                wordTerms.add(terms);
            }
            allStems.add(terms.getFirst());
        }
        List<Set<String>> allExpansions = synonyms.expand(allStems);
        List<Set<String>> expansions = kept.stream().map(allExpansions::get).toList();
        List<QueryTerms.Group> groups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Set<String> terms = new LinkedHashSet<>(wordTerms.get(i));
            Set<String> added = expansions.get(i);
            Set<String> corrections = new LinkedHashSet<>();
            if (spelling != null && unknown(terms) && unknown(added)) {
                for (String suggestion : spelling.suggest(words.get(i))) {
                    corrections.addAll(analyzer.terms(suggestion));
                }
                corrections.removeAll(terms);
                // the corrected word has the synonyms the word would have had: "celuar" -> "celular" -> "smartphone"
                added = new LinkedHashSet<>(added);
                for (String correction : corrections) {
                    added.addAll(synonyms.expand(List.of(correction)).getFirst());
                }
            }
            QueryTerms.Group group = new QueryTerms.Group(words.get(i), terms, added, corrections);
            if (groups.stream().noneMatch(g -> g.all().equals(group.all()))) {
                groups.add(group);
            }
        }
        return new QueryTerms(groups);
    }

    /** Chat text spelled out: lower case, no accents, abbreviations expanded. */
    String normalize(String text) {
        return language.normalizer().normalize(text);
    }

    private boolean unknown(Set<String> terms) {
        return terms.stream().allMatch(t -> documentFrequency.applyAsInt(t) == 0);
    }
}
