package io.atende.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns raw scores into confidences and decides out of scope, fitted on held-out examples (a validation file
 * or cross-validation folds), never on the examples the weights were trained on: a model is always sure of
 * its own training set.
 *
 * @param temperature scores are divided by it before the softmax; chosen to minimise the held-out log loss,
 *                    so that "0.8" means right about 80% of the time
 * @param threshold   a message whose best confidence is below it is out of scope
 */
record Calibration(double temperature, double threshold) {

    /** One held-out example: its raw scores and its true class, or -1 when it is out of scope. */
    record HeldOut(double[] scores, int gold) {
    }

    static double[] softmax(double[] scores, double temperature) {
        double max = Arrays.stream(scores).max().orElse(0);
        double[] p = new double[scores.length];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp((scores[k] - max) / temperature);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /**
     * Fits both parameters. The threshold is the lowest that catches {@code minOosRecall} of the held-out
     * out-of-scope messages: the lowest, because every step up also turns some right in-scope answers into
     * "out of scope". Without out-of-scope examples to tune on it stays at {@code fallbackThreshold}.
     *
     * @param oosClass the model's own out-of-scope class, or -1 when it has none
     */
    static Calibration fit(List<HeldOut> heldOut, int oosClass, double minOosRecall, double fallbackThreshold) {
        double temperature = fitTemperature(heldOut, oosClass);
        List<Double> oosConfidences = new ArrayList<>();
        for (HeldOut h : heldOut) {
            if (h.gold() < 0 || h.gold() == oosClass) {
                double[] p = softmax(h.scores(), temperature);
                boolean oosWon = oosClass >= 0 && argmax(p) == oosClass;
                oosConfidences.add(oosWon ? -1 : p[bestInScope(p, oosClass)]);
            }
        }
        if (oosConfidences.isEmpty()) {
            return new Calibration(temperature, fallbackThreshold);
        }
        // The k-th smallest confidence, nudged up, is the lowest threshold under which k messages fall.
        oosConfidences.sort(null);
        int needed = (int) Math.ceil(minOosRecall * oosConfidences.size());
        if (needed == 0) {
            return new Calibration(temperature, 0);
        }
        double kth = oosConfidences.get(needed - 1);
        return new Calibration(temperature, kth < 0 ? 0 : Math.min(1, Math.nextUp(kth)));
    }

    static int bestInScope(double[] p, int oosClass) {
        int best = -1;
        for (int k = 0; k < p.length; k++) {
            if (k != oosClass && (best < 0 || p[k] > p[best])) {
                best = k;
            }
        }
        return best;
    }

    private static int argmax(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Golden-section search of the log loss over log(temperature) in [1/20, 20]. */
    private static double fitTemperature(List<HeldOut> heldOut, int oosClass) {
        List<HeldOut> labelled = heldOut.stream().filter(h -> h.gold() >= 0 || oosClass >= 0).toList();
        if (labelled.isEmpty()) {
            return 1;
        }
        double lo = Math.log(0.05);
        double hi = Math.log(20);
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int iteration = 0; iteration < 40; iteration++) {
            double a = hi - phi * (hi - lo);
            double b = lo + phi * (hi - lo);
            if (logLoss(labelled, Math.exp(a), oosClass) < logLoss(labelled, Math.exp(b), oosClass)) {
                hi = b;
            } else {
                lo = a;
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    private static double logLoss(List<HeldOut> heldOut, double temperature, int oosClass) {
        double loss = 0;
        for (HeldOut h : heldOut) {
            int gold = h.gold() >= 0 ? h.gold() : oosClass;
            loss -= Math.log(Math.max(1e-12, softmax(h.scores(), temperature)[gold]));
        }
        return loss;
    }
}
