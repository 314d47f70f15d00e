package io.atende.knowledge.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The built-in model: subword overlap makes typos and inflections near, unrelated words far. */
class SubwordEmbedderTest extends EmbedderContract {

    /** Lower-cased words; the "stem" is the word minus a final s, enough to exercise both feature kinds. */
    private static final SubwordEmbedder.Words WORDS = (text, sink) -> {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                sink.word(w, w.replaceAll("s$", ""));
            }
        }
    };

    private static final List<String> CORPUS = List.of(
            "prazo de entrega para o sudeste", "frete gratis acima de 299", "garantia legal de 90 dias",
            "pagamento com pix tem desconto", "geladeira frost free duplex", "troca e devolucao em 7 dias");

    private final SubwordEmbedder model = SubwordEmbedder.fit(CORPUS, 256, WORDS);

    @Override
    protected Embedder embedder() {
        return model;
    }

    @Test
    void shouldMapTypoNearTheWordItMisspells() {
        float[] typo = model.embed("entrga");
        assertThat(cosine(typo, model.embed("entrega"))).isGreaterThan(0.4)
                .isGreaterThan(cosine(typo, model.embed("garantia")) + 0.3)
                .isGreaterThan(cosine(typo, model.embed("pagamento")) + 0.3);
    }

    @Test
    void shouldRankTheDocumentSharingSubwordsFirst() {
        float[] question = model.embed("geladera frostfree");
        String best = CORPUS.stream().max(java.util.Comparator.comparingDouble(d -> cosine(question, model.embed(d))))
                .orElseThrow();
        assertThat(best).isEqualTo("geladeira frost free duplex");
    }

    @Test
    void shouldReturnUnitVectorsAndNothingForEmptyText() {
        float[] v = model.embed("prazo de entrega");
        assertThat(v).hasSize(256);
        assertThat(cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(model.embed("  ")).isNull();
    }

    @Test
    void shouldEmbedTheSameAfterSavingAndLoading() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        SubwordEmbedder loaded = SubwordEmbedder.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                WORDS);
        assertThat(loaded.embed("frete gratis")).containsExactly(model.embed("frete gratis"));
        assertThat(loaded.id()).isEqualTo(model.id());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
