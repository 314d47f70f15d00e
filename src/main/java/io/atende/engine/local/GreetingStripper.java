package io.atende.engine.local;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets aside a greeting that opens a real question ("oi, vcs aceitam pix?", "bom dia! qual o prazo..."), so
 * the greeting words neither swallow the question nor dilute its retrieval. Greetings are recognised by the
 * pack's own {@code saudacao} examples, not a word list.
 */
final class GreetingStripper {

    /** The pack convention for the greeting intent (the demo and test packs both use it). */
    static final String GREETING_INTENT = "saudacao";
    private static final Pattern CLAUSE_END = Pattern.compile("[,.!?;:\\n]+");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final int MAX_GREETING_WORDS = 3;

    private final IntentClassifier classifier;
    private final double threshold;

    GreetingStripper(IntentClassifier classifier, double threshold) {
        this.classifier = classifier;
        this.threshold = threshold;
    }

    /** The text without its opening greeting clauses or words; blank when it was all greeting. */
    String strip(String text) {
        String rest = text.strip();
        while (!rest.isEmpty()) {
            String next = stripOnce(rest);
            if (next.equals(rest)) {
                return rest;
            }
            rest = next;
        }
        return rest;
    }

    private String stripOnce(String text) {
        Matcher clause = CLAUSE_END.matcher(text);
        if (clause.find() && clause.start() > 0 && isGreeting(text.substring(0, clause.start()))) {
            return text.substring(clause.end()).strip();
        }
        // Without punctuation, the longest run of opening words that is itself a greeting goes.
        List<Integer> wordEnds = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find() && wordEnds.size() <= MAX_GREETING_WORDS) {
            wordEnds.add(word.end());
        }
        for (int n = Math.min(MAX_GREETING_WORDS, wordEnds.size() - 1); n >= 1; n--) {
            String head = text.substring(0, wordEnds.get(n - 1));
            if (!CLAUSE_END.matcher(head).find() && isGreeting(head)) {
                return text.substring(wordEnds.get(n - 1)).strip();
            }
        }
        return text;
    }

    private boolean isGreeting(String text) {
        IntentClassifier.Prediction p = classifier.classify(text);
        return p.intent() != null && GREETING_INTENT.equals(p.intent().name()) && p.score() >= threshold;
    }
}
