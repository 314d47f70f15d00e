package io.atende.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A trained classifier: hashed TF-IDF features, a multinomial logistic regression over them, and the
 * calibration fitted on held-out data. Immutable; classifying one message takes tens of microseconds.
 */
public final class TrainedIntentModel implements CalibratedIntentClassifier {

    private final FeatureHasher hasher;
    private final TfIdf tfIdf;
    private final SoftmaxRegression regression;
    private final List<String> labels;
    private final int oosClass;
    private final Calibration calibration;
    private final SoftmaxRegression svm;
    private final double svmWeight;

    TrainedIntentModel(FeatureHasher hasher, TfIdf tfIdf, SoftmaxRegression regression, List<String> labels,
                       Calibration calibration) {
        this(hasher, tfIdf, regression, null, 0, labels, calibration);
    }

    /** With a second linear model (an SVM) whose scores, times {@code svmWeight}, add to the regression's. */
    TrainedIntentModel(FeatureHasher hasher, TfIdf tfIdf, SoftmaxRegression regression, SoftmaxRegression svm,
                       double svmWeight, List<String> labels, Calibration calibration) {
        this.svm = svm;
        this.svmWeight = svmWeight;
        this.hasher = hasher;
        this.tfIdf = tfIdf;
        this.regression = regression;
        this.labels = List.copyOf(labels);
        this.oosClass = labels.indexOf(LabelledUtterance.OUT_OF_SCOPE);
        this.calibration = calibration;
    }

    @Override
    public IntentPrediction classify(String text) {
        double[] z = scoresOrNull(text);
        return z == null ? new IntentPrediction(List.of(), true) : predict(z, calibration, labels, oosClass);
    }

    /** Ranks the intents by their calibrated confidence and decides out of scope. */
    static IntentPrediction predict(double[] scores, Calibration calibration, List<String> labels, int oosClass) {
        double[] p = Calibration.softmax(scores, calibration.temperature());
        List<RankedIntent> ranked = new ArrayList<>(labels.size());
        for (int k = 0; k < p.length; k++) {
            if (k != oosClass) {
                ranked.add(new RankedIntent(labels.get(k), p[k]));
            }
        }
        ranked.sort(Comparator.comparingDouble(RankedIntent::confidence).reversed());
        boolean oosWon = oosClass >= 0 && Arrays.stream(p).allMatch(q -> q <= p[oosClass]);
        boolean outOfScope = oosWon || ranked.isEmpty() || ranked.getFirst().confidence() < calibration.threshold();
        return new IntentPrediction(ranked, outOfScope);
    }

    @Override
    public List<String> intents() {
        return labels.stream().filter(l -> !l.equals(LabelledUtterance.OUT_OF_SCOPE)).toList();
    }

    /** Confidences below this are out of scope. */
    @Override
    public double threshold() {
        return calibration.threshold();
    }

    /** The softmax temperature fitted on held-out data (1 when there was none). */
    public double temperature() {
        return calibration.temperature();
    }

    /** The same model with another out-of-scope threshold (0 turns out-of-scope detection by confidence off). */
    public TrainedIntentModel withThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1, got " + threshold);
        }
        return withCalibration(new Calibration(calibration.temperature(), threshold));
    }

    TrainedIntentModel withCalibration(Calibration calibration) {
        return new TrainedIntentModel(hasher, tfIdf, regression, svm, svmWeight, labels, calibration);
    }

    /** Raw scores for calibration by the trainer. */
    double[] scores(String text) {
        return scores(tfIdf.weigh(hasher.counts(text)));
    }

    /** Raw scores, or null for a text without words. */
    double[] scoresOrNull(String text) {
        SparseVector x = hasher.counts(text);
        return x.size() == 0 ? null : scores(tfIdf.weigh(x));
    }

    /** All classes, {@code oos} included when trained with it, in score order. */
    List<String> labels() {
        return labels;
    }

    Calibration calibration() {
        return calibration;
    }

    private double[] scores(SparseVector x) {
        double[] z = regression.scores(x);
        if (svm != null) {
            double[] s = svm.scores(x);
            for (int k = 0; k < z.length; k++) {
                z[k] += svmWeight * s[k];
            }
        }
        return z;
    }
}
