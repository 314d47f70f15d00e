package io.atende.nlu;

import java.util.List;
import java.util.Set;

/**
 * Tells English training data from Portuguese (or anything else) by the share of very common English and
 * Portuguese function words among its words. The embedding cascade is used only for English: the MiniLM model
 * was trained on English and makes Portuguese classification worse (shared/STACK-NOTES.md).
 */
final class TrainingLanguage {

    private static final int SAMPLE = 3000;
    /** At least this share of all words must be English function words, and more than Portuguese ones. */
    private static final double MIN_SHARE = 0.08;

    private static final Set<String> ENGLISH = Set.of("the", "i", "you", "my", "is", "to", "what", "how", "and",
            "it", "can", "a", "of", "for", "me", "do", "does", "in", "your", "are", "please", "this", "that",
            "with", "have", "need", "want", "why", "when", "where", "did", "will", "be", "on", "there", "should");
    private static final Set<String> PORTUGUESE = Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "que",
            "e", "eu", "voce", "meu", "minha", "um", "uma", "para", "pra", "com", "nao", "por", "no", "na", "se",
            "como", "qual", "quero", "tem", "esta", "ta", "isso", "mais", "seu", "sua");

    private TrainingLanguage() {
    }

    /** Whether the examples (a sample of them) are written in English. */
    static boolean isEnglish(List<LabelledUtterance> examples) {
        int words = 0;
        int english = 0;
        int portuguese = 0;
        int step = Math.max(1, examples.size() / SAMPLE);
        for (int i = 0; i < examples.size(); i += step) {
            for (String w : TextNormalizer.words(examples.get(i).text())) {
                words++;
                english += ENGLISH.contains(w) ? 1 : 0;
                portuguese += PORTUGUESE.contains(w) ? 1 : 0;
            }
        }
        return words > 0 && english >= MIN_SHARE * words && english > portuguese;
    }
}
