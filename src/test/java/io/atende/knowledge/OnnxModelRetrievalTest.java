package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.knowledge.embedding.OnnxEmbedderTest;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Retrieval with the vector side from an ONNX model the operator has on disk ({@code provider=onnx}). */
class OnnxModelRetrievalTest {

    private final Pack pack = PackLoader.load(Path.of("src/test/resources/packs/test-store"));

    @TempDir
    Path folder;

    private static KnowledgeProperties onnx(String modelPath) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("atende.knowledge.embedding.provider", "onnx");
        if (modelPath != null) {
            source.put("atende.knowledge.embedding.model-path", modelPath);
        }
        return new Binder(source).bindOrCreate("atende.knowledge", KnowledgeProperties.class);
    }

    @Test
    void shouldIndexAndSearchWithTheModelAndTheTokenizerNextToIt() throws Exception {
        Path model = OnnxEmbedderTest.exportedModel(folder);

        try (KnowledgeBase knowledge = KnowledgeBase.inMemory(pack, onnx(model.toString()))) {
            assertThat(knowledge.ask("pix", 3)).first().satisfies(h -> {
                assertThat(h.id()).isEqualTo("politicas/pagamento-com-pix");
                assertThat(h.denseRank()).isPositive();
            });
        }
    }

    @Test
    void shouldRefuseTheProviderWithoutAModelPath() {
        assertThatThrownBy(() -> KnowledgeBase.inMemory(pack, onnx(null)))
                .hasMessage("atende.knowledge.embedding.model-path is required when atende.knowledge.embedding.provider=onnx");
    }
}
