package io.atende.nlu.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores the analyzer on a labelled file, one {@code {"text", "sentiment", "objections": [..]}} per line:
 * sentiment accuracy and macro-F1 over the three classes, precision and recall per objection.
 */
public final class SentimentEvaluation {

    /** One objection's counts over the file. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    /** A labelled line the analyzer got wrong, for tuning on the dev file. */
    public record Miss(int line, String text, String expected, String predicted) {
    }

    public record Report(int lines, double sentimentAccuracy, double sentimentMacroF1, Map<Objection, Counts> objections,
                         List<Miss> misses) {

        /** Micro-averaged objection precision and recall over all six kinds. */
        public double objectionPrecision() {
            int tp = objections.values().stream().mapToInt(Counts::truePositives).sum();
            int fp = objections.values().stream().mapToInt(Counts::falsePositives).sum();
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double objectionRecall() {
            int tp = objections.values().stream().mapToInt(Counts::truePositives).sum();
            int fn = objections.values().stream().mapToInt(Counts::falseNegatives).sum();
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        /** One JSON object, rates as fractions. */
        public String toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("lines", lines);
            json.put("sentiment_accuracy", round(sentimentAccuracy));
            json.put("sentiment_macro_f1", round(sentimentMacroF1));
            json.put("objection_precision", round(objectionPrecision()));
            json.put("objection_recall", round(objectionRecall()));
            Map<String, Object> per = new LinkedHashMap<>();
            objections.forEach((o, c) -> per.put(o.label(), Map.of("precision", round(c.precision()),
                    "recall", round(c.recall()), "support", c.truePositives() + c.falseNegatives())));
            json.put("objections", per);
            return JsonMapper.builder().build().writeValueAsString(json);
        }

        private static double round(double value) {
            return Math.round(value * 1000) / 1000.0;
        }
    }

    private SentimentEvaluation() {
    }

    public static Report evaluate(SentimentAnalyzer analyzer, Path file) {
        JsonMapper mapper = JsonMapper.builder().build();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[][] confusion = new int[3][3];
        Map<Objection, int[]> counts = new EnumMap<>(Objection.class);
        for (Objection o : Objection.values()) {
            counts.put(o, new int[3]);
        }
        List<Miss> misses = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            JsonNode node = mapper.readTree(lines.get(i));
            String text = node.get("text").asString();
            Sentiment expected = Sentiment.fromLabel(node.get("sentiment").asString());
            Set<Objection> expectedObjections = EnumSet.noneOf(Objection.class);
            node.get("objections").forEach(o -> expectedObjections.add(Objection.fromLabel(o.asString())));
            SentimentResult result = analyzer.analyze(text);
            confusion[expected.ordinal()][result.sentiment().ordinal()]++;
            for (Objection o : Objection.values()) {
                boolean truth = expectedObjections.contains(o);
                boolean predicted = result.objections().contains(o);
                if (truth && predicted) {
                    counts.get(o)[0]++;
                } else if (predicted) {
                    counts.get(o)[1]++;
                } else if (truth) {
                    counts.get(o)[2]++;
                }
            }
            if (expected != result.sentiment() || !expectedObjections.equals(result.objections())) {
                misses.add(new Miss(i + 1, text, expected.label() + " " + labels(expectedObjections),
                        result.sentiment().label() + " " + labels(result.objections())
                                + String.format(" (%.2f)", result.score())));
            }
            n++;
        }
        Map<Objection, Counts> perObjection = new EnumMap<>(Objection.class);
        counts.forEach((o, c) -> perObjection.put(o, new Counts(c[0], c[1], c[2])));
        return new Report(n, accuracy(confusion, n), macroF1(confusion), perObjection, List.copyOf(misses));
    }

    private static String labels(Set<Objection> objections) {
        return objections.stream().map(Objection::label).sorted().toList().toString();
    }

    private static double accuracy(int[][] confusion, int n) {
        int correct = 0;
        for (int k = 0; k < 3; k++) {
            correct += confusion[k][k];
        }
        return n == 0 ? 0 : (double) correct / n;
    }

    private static double macroF1(int[][] confusion) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            int tp = confusion[k][k];
            int predicted = 0;
            int actual = 0;
            for (int j = 0; j < 3; j++) {
                predicted += confusion[j][k];
                actual += confusion[k][j];
            }
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = actual == 0 ? 0 : (double) tp / actual;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / 3;
    }
}
