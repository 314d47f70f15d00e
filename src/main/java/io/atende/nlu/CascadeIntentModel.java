package io.atende.nlu;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Two-stage classifier for English: the sparse model answers alone when it is sure (its top probability at
 * temperature 1 is at least {@code escalateBelow}); otherwise the message is embedded by a sentence encoder,
 * and a linear model over the embedding adds its scores, times {@code blendWeight}, to the sparse scores. The
 * blended scores have their own calibration (temperature and out-of-scope threshold), fitted on the held-out
 * messages that escalate. Most messages take the fast path (~0.1 ms); the rest pay the encoder (~3 ms).
 * Immutable and thread-safe; {@link #escalated()} counts slow-path calls for reports.
 */
public final class CascadeIntentModel implements CalibratedIntentClassifier {

    private final TrainedIntentModel sparse;
    private final SentenceEncoder encoder;
    private final SoftmaxRegression dense;
    private final double denseScale;
    private final double blendWeight;
    private final double escalateBelow;
    private final Calibration slow;
    private final List<String> labels;
    private final int oosClass;
    private final LongAdder escalated = new LongAdder();
    private final LongAdder calls = new LongAdder();

    CascadeIntentModel(TrainedIntentModel sparse, SentenceEncoder encoder, SoftmaxRegression dense,
                       double denseScale, double blendWeight, double escalateBelow, Calibration slow) {
        this.sparse = sparse;
        this.encoder = encoder;
        this.dense = dense;
        this.denseScale = denseScale;
        this.blendWeight = blendWeight;
        this.escalateBelow = escalateBelow;
        this.slow = slow;
        this.labels = sparse.labels();
        this.oosClass = labels.indexOf(LabelledUtterance.OUT_OF_SCOPE);
    }

    @Override
    public IntentPrediction classify(String text) {
        calls.increment();
        double[] z = sparse.scoresOrNull(text);
        if (z == null || !escalates(z)) {
            return sparse.classify(text);
        }
        escalated.increment();
        return TrainedIntentModel.predict(blend(z, text), slow, labels, oosClass);
    }

    @Override
    public List<String> intents() {
        return sparse.intents();
    }

    /** The out-of-scope threshold of the blended (slow-path) scores. */
    @Override
    public double threshold() {
        return slow.threshold();
    }

    /** The sparse model that answers confident messages alone. */
    public TrainedIntentModel sparse() {
        return sparse;
    }

    /** Share of {@link #classify} calls so far that took the slow path (0 before any call). */
    public double escalated() {
        long n = calls.sum();
        return n == 0 ? 0 : (double) escalated.sum() / n;
    }

    CascadeIntentModel withSlowCalibration(Calibration calibration) {
        return new CascadeIntentModel(sparse, encoder, dense, denseScale, blendWeight, escalateBelow, calibration);
    }

    /** Whether the sparse scores (null for a text without words) send a message to the encoder. */
    boolean escalates(double[] sparseScores) {
        return max(Calibration.softmax(sparseScores, 1)) < escalateBelow;
    }

    /** Sparse scores plus the weighted scores of the embedding model. */
    double[] blend(double[] sparseScores, String text) {
        return blend(sparseScores, encoder.embed(text));
    }

    /** The same, with the text's embedding already computed. */
    double[] blend(double[] sparseScores, float[] vector) {
        double[] d = dense.scores(embedding(vector, denseScale));
        double[] z = sparseScores.clone();
        for (int k = 0; k < z.length; k++) {
            z[k] += blendWeight * d[k];
        }
        return z;
    }

    /** An embedding as a vector the linear models read, scaled so that its length is {@code scale}. */
    static SparseVector embedding(float[] vector, double scale) {
        int[] index = new int[vector.length];
        float[] value = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            index[i] = i;
            value[i] = (float) (vector[i] * scale);
        }
        return new SparseVector(index, value);
    }

    private static double max(double[] p) {
        double m = 0;
        for (double q : p) {
            m = Math.max(m, q);
        }
        return m;
    }
}
