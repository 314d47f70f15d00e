package io.atende.nlu;

import java.util.List;

/**
 * Sublinear TF-IDF with L2 length: {@code (1 + ln tf) * idf}, then the vector scaled to length 1. Rare
 * features (a word only one intent uses) weigh more than the ones every sentence shares, and long
 * sentences do not outvote short ones.
 */
final class TfIdf {

    private final float[] idf;

    private TfIdf(float[] idf) {
        this.idf = idf;
    }

    /** Document frequencies from the training texts; smoothed so that an unseen feature weighs the most. */
    static TfIdf fit(List<SparseVector> counts, int dimension) {
        int[] df = new int[dimension];
        for (SparseVector v : counts) {
            for (int i : v.index()) {
                df[i]++;
            }
        }
        float[] idf = new float[dimension];
        double n = counts.size();
        for (int i = 0; i < dimension; i++) {
            idf[i] = (float) (Math.log((n + 1) / (df[i] + 1)) + 1);
        }
        return new TfIdf(idf);
    }

    SparseVector weigh(SparseVector counts) {
        float[] out = new float[counts.size()];
        double norm = 0;
        for (int j = 0; j < out.length; j++) {
            out[j] = (float) ((1 + Math.log(counts.value()[j])) * idf[counts.index()[j]]);
            norm += out[j] * out[j];
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int j = 0; j < out.length; j++) {
                out[j] *= scale;
            }
        }
        return new SparseVector(counts.index(), out);
    }
}
