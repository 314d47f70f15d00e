package io.atende.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real MiniLM model, loaded from the jar: unit vectors, meaning-aware, batches agree with single calls. */
class MiniLmEncoderTest {

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void shouldPlaceParaphrasesCloserThanUnrelatedSentences() {
        SentenceEncoder encoder = MiniLmEncoder.shared();
        float[] order = encoder.embed("where is my package");
        float[] paraphrase = encoder.embed("my parcel has not arrived, where is it?");
        float[] unrelated = encoder.embed("what is the capital of France");
        assertThat(order).hasSize(encoder.dimension());
        assertThat(cosine(order, order)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(cosine(order, paraphrase)).isGreaterThan(cosine(order, unrelated) + 0.2);
    }

    @Test
    void shouldEmbedBatchesOfMixedLengthsInOrderAndCloseToSingleCalls() {
        SentenceEncoder encoder = MiniLmEncoder.shared();
        List<String> texts = List.of("hi", "I would like to change the delivery address of my last order please",
                "refund", "how long does shipping to Canada usually take");
        List<float[]> batch = encoder.embedAll(texts);
        assertThat(batch).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            // quantised activations are scaled per batch, so a batch is close to, not equal to, one call each
            assertThat(cosine(batch.get(i), encoder.embed(texts.get(i)))).isGreaterThan(0.97);
        }
    }
}
