package io.atende.nlu;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse vectors, trained by plain stochastic gradient descent with L2
 * weight decay. Only the features seen in training get weights (a slot table maps hashed feature to row),
 * so the model stays small even with a large hash space; a feature never seen contributes nothing anyway.
 */
final class SoftmaxRegression {

    /**
     * @param epochs       passes over the shuffled training set
     * @param learningRate starting step, decayed linearly to zero over training
     * @param l2           weight decay per example
     */
    record Settings(int epochs, double learningRate, double l2, boolean hinge) {
        static final Settings DEFAULT = new Settings(12, 1.0, 1e-5, false);

        Settings(int epochs, double learningRate, double l2) {
            this(epochs, learningRate, l2, false);
        }
    }

    private final int classes;
    private final int[] slot;
    private final float[] weights;
    private final float[] bias;

    private SoftmaxRegression(int classes, int[] slot, float[] weights, float[] bias) {
        this.classes = classes;
        this.slot = slot;
        this.weights = weights;
        this.bias = bias;
    }

    int classes() {
        return classes;
    }

    /** The raw scores (logits) of every class. */
    double[] scores(SparseVector x) {
        double[] z = new double[classes];
        for (int k = 0; k < classes; k++) {
            z[k] = bias[k];
        }
        for (int j = 0; j < x.size(); j++) {
            int s = x.index()[j] < slot.length ? slot[x.index()[j]] : -1;
            if (s < 0) {
                continue;
            }
            float v = x.value()[j];
            int row = s * classes;
            for (int k = 0; k < classes; k++) {
                z[k] += v * weights[row + k];
            }
        }
        return z;
    }

    static SoftmaxRegression train(List<SparseVector> xs, int[] ys, int classes, int dimension, Settings settings,
                                   long seed) {
        int[] slot = new int[dimension];
        java.util.Arrays.fill(slot, -1);
        int used = 0;
        for (SparseVector x : xs) {
            for (int i : x.index()) {
                if (slot[i] < 0) {
                    slot[i] = used++;
                }
            }
        }
        float[] w = new float[used * classes];
        float[] b = new float[classes];
        // The weights are scale * w: decaying all of them is one multiplication instead of a pass over w.
        double scale = 1;
        int[] order = new int[xs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        long steps = (long) settings.epochs() * xs.size();
        long t = 0;
        double[] z = new double[classes];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int e : order) {
                double lr = settings.learningRate() * (1 - (double) t++ / steps);
                SparseVector x = xs.get(e);
                for (int k = 0; k < classes; k++) {
                    z[k] = 0;
                }
                for (int j = 0; j < x.size(); j++) {
                    int row = slot[x.index()[j]] * classes;
                    float v = x.value()[j];
                    for (int k = 0; k < classes; k++) {
                        z[k] += v * w[row + k];
                    }
                }
                if (settings.hinge()) {
                    // one-vs-rest squared hinge: z becomes the gradient of sum_k max(0, 1 - y_k z_k)^2
                    for (int k = 0; k < classes; k++) {
                        double y = k == ys[e] ? 1 : -1;
                        double m = y * (z[k] * scale + b[k]);
                        z[k] = m < 1 ? -2 * y * (1 - m) : 0;
                    }
                } else {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < classes; k++) {
                        z[k] = z[k] * scale + b[k];
                        max = Math.max(max, z[k]);
                    }
                    double sum = 0;
                    for (int k = 0; k < classes; k++) {
                        z[k] = Math.exp(z[k] - max);
                        sum += z[k];
                    }
                    // z becomes the gradient of the loss with respect to the scores: p - onehot
                    for (int k = 0; k < classes; k++) {
                        z[k] /= sum;
                    }
                    z[ys[e]] -= 1;
                }
                scale *= 1 - lr * settings.l2();
                double step = lr / scale;
                for (int j = 0; j < x.size(); j++) {
                    int row = slot[x.index()[j]] * classes;
                    double g = step * x.value()[j];
                    for (int k = 0; k < classes; k++) {
                        w[row + k] -= (float) (g * z[k]);
                    }
                }
                for (int k = 0; k < classes; k++) {
                    b[k] -= (float) (lr * z[k]);
                }
                if (scale < 1e-3) {
                    rescale(w, scale);
                    scale = 1;
                }
            }
        }
        rescale(w, scale);
        return new SoftmaxRegression(classes, slot, w, b);
    }

    private static void rescale(float[] w, double scale) {
        for (int i = 0; i < w.length; i++) {
            w[i] *= (float) scale;
        }
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
