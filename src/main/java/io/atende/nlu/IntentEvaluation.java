package io.atende.nlu;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores a trained classifier on a labelled test set. */
public final class IntentEvaluation {

    private static final int WARM_UP = 500;

    private IntentEvaluation() {
    }

    /**
     * Classifies every test message once, timing each call.
     *
     * @param trainSeconds reported as is (the caller timed the training)
     * @param threshold    reported as is (the threshold the classifier uses)
     */
    public static IntentReport evaluate(IntentClassifier classifier, List<LabelledUtterance> test,
                                        double trainSeconds, double threshold) {
        if (test.isEmpty()) {
            throw new IllegalArgumentException("no test examples");
        }
        // Untimed warm-up, so that the percentiles measure compiled code rather than the JIT's first passes.
        for (int i = 0; i < Math.min(WARM_UP, test.size()); i++) {
            classifier.classify(test.get(i).text());
        }
        Map<String, int[]> counts = new HashMap<>(); // label -> {true positives, predicted, actual}
        long[] nanos = new long[test.size()];
        int inScope = 0;
        int inScopeRight = 0;
        int outOfScope = 0;
        int outOfScopeCaught = 0;
        for (int i = 0; i < test.size(); i++) {
            LabelledUtterance e = test.get(i);
            long start = System.nanoTime();
            IntentPrediction p = classifier.classify(e.text());
            nanos[i] = System.nanoTime() - start;
            String predicted = p.label();
            boolean right = predicted.equals(e.intent());
            if (e.outOfScope()) {
                outOfScope++;
                outOfScopeCaught += right ? 1 : 0;
            } else {
                inScope++;
                inScopeRight += right ? 1 : 0;
            }
            counts.computeIfAbsent(predicted, k -> new int[3])[1]++;
            counts.computeIfAbsent(e.intent(), k -> new int[3])[2]++;
            if (right) {
                counts.get(predicted)[0]++;
            }
        }
        Arrays.sort(nanos);
        return new IntentReport(inScope == 0 ? 0 : (double) inScopeRight / inScope,
                outOfScope == 0 ? 0 : (double) outOfScopeCaught / outOfScope, macroF1(counts, test),
                trainSeconds, percentile(nanos, 0.50), percentile(nanos, 0.99), inScope, outOfScope, threshold);
    }

    /** F1 per label of the test file (a label only predicted, never expected, does not count). */
    private static double macroF1(Map<String, int[]> counts, List<LabelledUtterance> test) {
        Set<String> labels = new HashSet<>();
        test.forEach(e -> labels.add(e.intent()));
        double sum = 0;
        for (String label : labels) {
            int[] c = counts.get(label);
            double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
            double recall = (double) c[0] / c[2];
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return sum / labels.size();
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double percentile(long[] sortedNanos, double q) {
        int rank = (int) Math.ceil(q * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, rank)] / 1e6;
    }
}
