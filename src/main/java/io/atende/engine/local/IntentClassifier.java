package io.atende.engine.local;

import io.atende.pack.IntentDefinition;
import io.atende.shared.Memo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Nearest-example classifier over character n-gram TF-IDF vectors (cosine). Character n-grams survive the
 * typos and stretched words of chat ("oiii", "boa noitee") that word features miss, and a few examples per
 * intent are enough. The trained classifier with out-of-scope detection is a later step; this one only has
 * to recognise the pack's social intents and stay quiet otherwise.
 */
final class IntentClassifier {

    /** The best intent and its cosine similarity to the closest example, 0..1. */
    record Prediction(IntentDefinition intent, double score) {
        static final Prediction NONE = new Prediction(null, 0);
    }

    /** One example's weight for one n-gram: the inverted index scores only examples that share n-grams. */
    private record Posting(int example, double weight) {
    }

    private static final java.util.regex.Pattern STRETCHED = java.util.regex.Pattern.compile("(.)\\1{2,}");

    private final UnaryOperator<String> normalizer;
    /** A turn classifies the whole text, its opening words and the question after a greeting: often the same strings. */
    private final Memo<String, Prediction> predictions = new Memo<>(10_000);
    private final Map<String, Double> idf = new HashMap<>();
    private final List<IntentDefinition> exampleIntents = new ArrayList<>();
    private final Map<String, List<Posting>> postings = new HashMap<>();
    private final double unseenIdf;

    IntentClassifier(List<IntentDefinition> intents, UnaryOperator<String> normalizer) {
        this.normalizer = normalizer;
        List<IntentDefinition> owners = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (IntentDefinition intent : intents) {
            for (String example : intent.examples()) {
                Map<String, Integer> c = ngrams(normalizer.apply(example));
                if (c.isEmpty()) {
                    continue;
                }
                owners.add(intent);
                counts.add(c);
                c.keySet().forEach(g -> df.merge(g, 1, Integer::sum));
            }
        }
        int n = counts.size();
        df.forEach((g, d) -> idf.put(g, Math.log((n + 1.0) / (d + 1.0)) + 1));
        unseenIdf = Math.log(n + 1.0) + 1;
        for (int i = 0; i < n; i++) {
            exampleIntents.add(owners.get(i));
            int example = i;
            vector(counts.get(i)).forEach((gram, weight) ->
                    postings.computeIfAbsent(gram, g -> new ArrayList<>()).add(new Posting(example, weight)));
        }
    }

    Prediction classify(String text) {
        return predictions.get(text, this::classifyAnew);
    }

    private Prediction classifyAnew(String text) {
        Map<String, Double> v = vector(ngrams(normalizer.apply(text)));
        if (v.isEmpty()) {
            return Prediction.NONE;
        }
        double[] cosine = new double[exampleIntents.size()];
        v.forEach((gram, x) -> {
            for (Posting p : postings.getOrDefault(gram, List.of())) {
                cosine[p.example()] += x * p.weight();
            }
        });
        Prediction best = Prediction.NONE;
        for (int i = 0; i < cosine.length; i++) {
            if (cosine[i] > best.score()) {
                best = new Prediction(exampleIntents.get(i), cosine[i]);
            }
        }
        return best;
    }

    /** Word-bounded character 2..5-grams plus whole words; repeated letters squeezed ("oiii" -> "oii"). */
    private static Map<String, Integer> ngrams(String normalized) {
        Map<String, Integer> out = new HashMap<>();
        for (String word : normalized.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = " " + STRETCHED.matcher(word).replaceAll("$1$1") + " ";
            out.merge("w:" + w.strip(), 1, Integer::sum);
            for (int len = 2; len <= 5; len++) {
                for (int i = 0; i + len <= w.length(); i++) {
                    out.merge(w.substring(i, i + len), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private Map<String, Double> vector(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Double weight = idf.get(e.getKey());
            // An n-gram no example has cannot match, but it still counts in the length: the words that
            // are not small talk must pull the similarity down ("oi, vcs aceitam pix?" is not a greeting).
            double x = (1 + Math.log(e.getValue())) * (weight == null ? unseenIdf : weight);
            if (weight != null) {
                v.put(e.getKey(), x);
            }
            norm += x * x;
        }
        if (v.isEmpty()) {
            return v;
        }
        double length = Math.sqrt(norm);
        v.replaceAll((k, x) -> x / length);
        return v;
    }
}
