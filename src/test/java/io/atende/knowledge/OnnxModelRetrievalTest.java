package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.knowledge.embedding.OnnxEmbedderTest;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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
    void shouldBuildTheIndexAgainWhenTheModelFileIsReplaced() throws Exception {
        Path model = OnnxEmbedderTest.exportedModel(folder);
        Path indexes = folder.resolve("indexes");
        KnowledgeProperties settings = onnx(model.toString());
        try (KnowledgeBase first = KnowledgeBase.onDisk(pack, settings, indexes, false)) {
            assertThat(first.index().orElseThrow().built()).isTrue();
        }
        try (KnowledgeBase again = KnowledgeBase.onDisk(pack, settings, indexes, false)) {
            assertThat(again.index().orElseThrow().built()).as("same model: the index is reused").isFalse();
        }

        // another export of a model at the same path: its vectors are another space
        Files.setLastModifiedTime(model, FileTime.from(Instant.now().plusSeconds(60)));

        try (KnowledgeBase replaced = KnowledgeBase.onDisk(pack, settings, indexes, false)) {
            assertThat(replaced.index().orElseThrow().built()).isTrue();
        }
    }

    @Test
    void shouldRefuseTheProviderWithoutAModelPath() {
        assertThatThrownBy(() -> KnowledgeBase.inMemory(pack, onnx(null)))
                .hasMessage("atende.knowledge.embedding.model-path is required when atende.knowledge.embedding.provider=onnx");
    }
}
