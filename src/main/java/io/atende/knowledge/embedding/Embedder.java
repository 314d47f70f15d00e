package io.atende.knowledge.embedding;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into a dense vector for the vector side of hybrid retrieval. Adapters: {@link SubwordEmbedder}
 * (built in, learns from the pack's own text, works for Portuguese), {@link OpenAiCompatibleEmbedder} (any
 * {@code /v1/embeddings} endpoint), {@link OnnxEmbedder} (a model on disk). Vectors are unit length, so a dot product
 * is their cosine. {@code EmbedderContract} is what every adapter passes.
 */
public interface Embedder {

    /** The model and its settings; stored with an index so that another model rebuilds it rather than mixing spaces. */
    String id();

    int dimensions();

    /**
     * The unit-length vector of a text, or {@code null} when the text has nothing the model can embed (then
     * the document or question simply has no vector side).
     *
     * @throws EmbeddingException when a remote model fails or times out
     */
    float[] embed(String text);

    /** Several texts at once; remote adapters send them in batches. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(embed(t)));
        return out;
    }

    /** Scales a vector to unit length in place; {@code null} for a zero vector. */
    static float[] normalize(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            return null;
        }
        float inv = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
