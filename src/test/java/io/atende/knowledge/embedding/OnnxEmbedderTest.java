package io.atende.knowledge.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model on disk, run by ONNX Runtime. The files are the quantised all-MiniLM-L6-v2 that ships inside a
 * langchain4j jar, copied out to a folder as an operator's export would be: a real model, no download.
 */
public class OnnxEmbedderTest extends EmbedderContract {

    @TempDir
    static Path folder;

    private static OnnxEmbedder embedder;

    /** Writes the model and its tokenizer from the classpath into {@code folder}; returns the model's path. */
    public static Path exportedModel(Path folder) throws IOException {
        copy("/all-minilm-l6-v2-q.onnx", folder.resolve("model.onnx"));
        copy("/all-minilm-l6-v2-q-tokenizer.json", folder.resolve("tokenizer.json"));
        return folder.resolve("model.onnx");
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = OnnxEmbedderTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
    }

    @BeforeAll
    static void load() throws IOException {
        Path model = exportedModel(folder);
        embedder = new OnnxEmbedder(model, folder.resolve("tokenizer.json"));
    }

    @Override
    protected Embedder embedder() {
        return embedder;
    }

    @Test
    void shouldPlaceAParaphraseNearerThanAnUnrelatedText() {
        float[] question = embedder.embed("how long does shipping take?");
        float[] answer = embedder.embed("Delivery time: orders arrive in 3 to 7 business days.");
        float[] other = embedder.embed("We accept credit cards and bank transfers.");

        assertThat(embedder.dimensions()).isEqualTo(384);
        assertThat(cosine(question, answer)).isGreaterThan(cosine(question, other) + 0.1);
    }

    @Test
    void shouldNameTheSettingAndTheFileWhenTheModelIsMissing() {
        Path missing = folder.resolve("nowhere.onnx");

        assertThatThrownBy(() -> new OnnxEmbedder(missing, folder.resolve("tokenizer.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atende.knowledge.embedding.model-path: no readable file at " + missing);
    }

    @Test
    void shouldRefuseAFileThatIsNoModelWithAClearMessage() throws IOException {
        Path notAModel = Files.writeString(folder.resolve("not-a-model.onnx"), "this is not an ONNX graph");

        assertThatThrownBy(() -> new OnnxEmbedder(notAModel, folder.resolve("tokenizer.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot load the ONNX embedding model " + notAModel);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
