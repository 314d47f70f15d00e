package io.atende.knowledge.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link Embedder} adapter does, whatever the model behind it. */
abstract class EmbedderContract {

    /** The adapter under test, ready to embed Portuguese store text. */
    protected abstract Embedder embedder();

    @Test
    void shouldGiveUnitVectorsOfTheAnnouncedDimension() {
        Embedder e = embedder();
        float[] v = e.embed("qual o prazo de entrega para o sudeste?");

        assertThat(v).hasSize(e.dimensions());
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void shouldEmbedABatchInOrderAsItEmbedsEachText() {
        Embedder e = embedder();
        List<String> texts = List.of("frete gratis acima de 299", "pagamento com pix tem desconto", "garantia legal");

        List<float[]> batch = e.embedAll(texts);

        assertThat(batch).hasSize(3);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(batch.get(i)).containsExactly(e.embed(texts.get(i)), within(1e-4f));
        }
    }

    @Test
    void shouldGiveNoVectorForBlankText() {
        assertThat(embedder().embed("   ")).isNull();
    }

    @Test
    void shouldNameItsModelStably() {
        assertThat(embedder().id()).isNotBlank().isEqualTo(embedder().id());
    }
}
