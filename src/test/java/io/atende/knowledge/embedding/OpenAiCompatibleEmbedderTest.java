package io.atende.knowledge.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible adapter against a local server that speaks the wire protocol. */
class OpenAiCompatibleEmbedderTest extends EmbedderContract {

    private FakeEmbeddingServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeEmbeddingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Override
    protected Embedder embedder() {
        return new OpenAiCompatibleEmbedder(server.baseUrl(), null, "fake-embedder", Duration.ofSeconds(5), 2);
    }

    @Test
    void shouldSendModelAndInputsAndReadVectorsInInputOrder() {
        OpenAiCompatibleEmbedder embedder = new OpenAiCompatibleEmbedder(server.baseUrl(), "sk-test", "text-embedding-3-small",
                Duration.ofSeconds(5), 2);

        List<float[]> vectors = embedder.embedAll(List.of("frete", "", "garantia", "pix"));

        assertThat(server.requests()).hasSize(2); // batches of two non-empty texts; the empty one is never sent
        assertThat(server.requests().getFirst().get("model").asString()).isEqualTo("text-embedding-3-small");
        assertThat(server.requests().getFirst().get("input").toString()).isEqualTo("[\"frete\",\"garantia\"]");
        assertThat(server.authorizations()).containsOnly("Bearer sk-test");
        assertThat(vectors.get(1)).isNull();
        assertThat(vectors.get(0)).containsExactly(normalized(FakeEmbeddingServer.vectorOf("frete")), within(1e-6f));
        assertThat(vectors.get(3)).containsExactly(normalized(FakeEmbeddingServer.vectorOf("pix")), within(1e-6f));
        assertThat(embedder.dimensions()).isEqualTo(8);
    }

    @Test
    void shouldSendNoAuthorizationWithoutAKey() {
        new OpenAiCompatibleEmbedder(server.baseUrl() + "/", null, "nomic-embed-text", Duration.ofSeconds(5), 8).embed("oi");
        assertThat(server.authorizations()).containsExactly("null");
    }

    @Test
    void shouldNameTheStatusAndTheEndpointsMessageOnAnError() {
        server.behave(FakeEmbeddingServer.Behaviour.FAIL_500);
        OpenAiCompatibleEmbedder embedder = new OpenAiCompatibleEmbedder(server.baseUrl(), "k", "m", Duration.ofSeconds(5), 8);

        assertThatThrownBy(() -> embedder.embed("frete")).isInstanceOf(EmbeddingException.class)
                .hasMessage("embedding endpoint " + server.baseUrl() + "/embeddings answered HTTP 500: model overloaded");
    }

    @Test
    void shouldGiveUpAfterTheTimeout() {
        server.behave(FakeEmbeddingServer.Behaviour.HANG);
        OpenAiCompatibleEmbedder embedder = new OpenAiCompatibleEmbedder(server.baseUrl(), "k", "m", Duration.ofMillis(300), 8);

        long start = System.nanoTime();
        assertThatThrownBy(() -> embedder.embed("frete")).isInstanceOf(EmbeddingException.class)
                .hasMessage("embedding endpoint " + server.baseUrl() + "/embeddings did not answer within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldExplainAnUnreachableEndpoint() {
        OpenAiCompatibleEmbedder embedder = new OpenAiCompatibleEmbedder("http://127.0.0.1:1/v1", "k", "m",
                Duration.ofSeconds(2), 8);
        assertThatThrownBy(() -> embedder.embed("frete")).isInstanceOf(EmbeddingException.class)
                .hasMessageStartingWith("embedding endpoint http://127.0.0.1:1/v1/embeddings unreachable");
    }

    private static float[] normalized(float[] v) {
        return Embedder.normalize(v.clone());
    }
}
