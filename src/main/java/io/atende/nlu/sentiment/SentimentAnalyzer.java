package io.atende.nlu.sentiment;

import java.util.List;
import java.util.Set;

/**
 * Sentiment and objections of a pt-BR customer message, by lexicon and rules: word and phrase weights, emoji,
 * intensifiers ("muito caro") and downtoners ("meio caro") on the next sentiment word, negation that flips and
 * weakens the following words up to a comma ("não é caro", "não é bom"), "mas" that halves what came before,
 * exclamation marks that amplify, and objections that pull the tone down (less when asked as a question). Good enough to flag detractors; thread-safe.
 */
public final class SentimentAnalyzer {

    /** Scores above this are positive, below its negative neutral. */
    static final double THRESHOLD = 0.3;
    /** "não é bom" is nearly as bad as "ruim"; "não é caro" is only mildly good. */
    private static final double NEGATED_POSITIVE = -0.8;
    private static final double NEGATED_NEGATIVE = -0.3;
    private static final int NEGATION_REACH = 3;
    /** An objection stated is negative; one asked about ("chega antes do natal?") less so. */
    private static final double OBJECTION_STATED = -0.8;
    private static final double OBJECTION_ASKED = -0.4;

    private final Lexicon lexicon;
    private final ObjectionDetector objections;

    SentimentAnalyzer(Lexicon lexicon, ObjectionDetector objections) {
        this.lexicon = lexicon;
        this.objections = objections;
    }

    public static SentimentAnalyzer ptBr() {
        return new SentimentAnalyzer(Lexicon.load(Lexicon.PT_BR), ObjectionDetector.load(ObjectionDetector.PT_BR));
    }

    public SentimentResult analyze(String text) {
        List<String> tokens = Tokens.of(text);
        Set<Objection> found = objections.detect(Tokens.joined(tokens));
        double perObjection = tokens.contains("?") ? OBJECTION_ASKED : OBJECTION_STATED;
        double sum = lexiconSum(tokens) + perObjection * found.size();
        long exclamations = tokens.stream().filter("!"::equals).count();
        if (exclamations > 0) {
            sum *= 1 + Math.min(exclamations, 3) * 0.15;
        }
        double score = sum / (Math.abs(sum) + 1.5);
        Sentiment sentiment = score > THRESHOLD ? Sentiment.POSITIVE
                : score < -THRESHOLD ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        return new SentimentResult(sentiment, score, found);
    }

    private double lexiconSum(List<String> tokens) {
        double sum = 0;
        double modifier = 1;
        int negatedUntil = -1;
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).equals("mas") || tokens.get(i).equals("porem")) {
                sum *= 0.5;  // "meio caro, mas vou ver": what follows "mas" counts more
            }
            if (Tokens.isBoundary(tokens.get(i))) {
                negatedUntil = -1;
                modifier = 1;
                i++;
                continue;
            }
            int length = 0;
            Double weight = null;
            for (int n = Math.min(lexicon.longestPhrase(), tokens.size() - i); n >= 1 && weight == null; n--) {
                String phrase = String.join(" ", tokens.subList(i, i + n));
                if (lexicon.weights().containsKey(phrase)) {
                    weight = lexicon.weights().get(phrase);
                    length = n;
                } else if (n == 1 && lexicon.negators().contains(phrase)) {
                    negatedUntil = i + NEGATION_REACH;
                } else if (lexicon.modifiers().containsKey(phrase)) {
                    modifier *= lexicon.modifiers().get(phrase);
                    length = n;
                    break;
                }
            }
            if (weight != null) {
                double w = weight * modifier;
                if (i <= negatedUntil && !phraseHasNegator(tokens.subList(i, i + length))) {
                    w *= w > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
                    negatedUntil = -1;
                }
                sum += w;
                modifier = 1;
            } else if (i > 0 && "demais".equals(tokens.get(i)) && sum != 0) {
                sum *= 1.3;  // "caro demais", "bom demais": the intensifier after the word
            }
            i += Math.max(length, 1);
        }
        return sum;
    }

    private boolean phraseHasNegator(List<String> phrase) {
        return phrase.size() > 1 && phrase.stream().anyMatch(lexicon.negators()::contains);
    }
}
