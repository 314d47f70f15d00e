package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.knowledge.embedding.FakeEmbeddingServer;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Retrieval with the vector side on a remote endpoint: indexing through it, and BM25 alone when it fails. */
class EmbeddingEndpointRetrievalTest {

    private final Pack pack = PackLoader.load(Path.of("src/test/resources/packs/test-store"));

    private static KnowledgeProperties endpoint(String baseUrl, String model) {
        MapConfigurationPropertySource source = new MapConfigurationPropertySource();
        source.put("atende.knowledge.embedding.provider", "openai");
        source.put("atende.knowledge.embedding.base-url", baseUrl);
        if (model != null) {
            source.put("atende.knowledge.embedding.model", model);
        }
        source.put("atende.knowledge.embedding.timeout", "300ms");
        return new Binder(source).bindOrCreate("atende.knowledge", KnowledgeProperties.class);
    }

    @Test
    void shouldIndexThroughTheEndpointAndFallBackToBm25WhenItFails() throws Exception {
        try (FakeEmbeddingServer server = new FakeEmbeddingServer();
             KnowledgeBase knowledge = KnowledgeBase.inMemory(pack, endpoint(server.baseUrl(), "fake-embedder"))) {
            assertThat(server.requests()).isNotEmpty();
            assertThat(knowledge.ask("pix", 3).getFirst().id()).isEqualTo("politicas/pagamento-com-pix");

            server.behave(FakeEmbeddingServer.Behaviour.FAIL_500);
            assertThat(knowledge.ask("pix", 3)).first().satisfies(h -> {
                assertThat(h.id()).isEqualTo("politicas/pagamento-com-pix");
                assertThat(h.denseRank()).isZero();
            });

            // for a while, questions do not wait for an endpoint that just failed
            int requests = server.requests().size();
            assertThat(knowledge.searchProducts(ProductQuery.parse("tenis nike"), 1))
                    .extracting(h -> h.product().id()).containsExactly("TNS-1");
            assertThat(server.requests()).hasSize(requests);
        }
    }

    @Test
    void shouldRefuseAnEndpointWithoutAModel() {
        assertThatThrownBy(() -> KnowledgeBase.inMemory(pack, endpoint("http://127.0.0.1:1/v1", null)))
                .hasMessage("atende.knowledge.embedding.model is required when atende.knowledge.embedding.provider=openai");
    }
}
