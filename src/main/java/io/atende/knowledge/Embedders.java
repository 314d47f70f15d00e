package io.atende.knowledge;

import io.atende.knowledge.KnowledgeProperties.Embedding;
import io.atende.knowledge.embedding.Embedder;
import io.atende.knowledge.embedding.OpenAiCompatibleEmbedder;
import io.atende.knowledge.embedding.SubwordEmbedder;

/** Chooses the embedder the settings name, checking that the settings it needs are there. */
final class Embedders {

    private Embedders() {
    }

    /**
     * @param corpus the texts to be indexed: the built-in model learns its IDF table from them
     */
    static Embedder create(Embedding settings, TextAnalyzer analyzer, Iterable<String> corpus) {
        return switch (settings.provider()) {
            case BUILTIN -> {
                // bound here too: commands bind the settings without Spring's validation
                if (settings.dimensions() < 16 || settings.dimensions() > 1024) {
                    throw new IllegalArgumentException("atende.knowledge.embedding.dimensions must be between 16 and 1024, got "
                            + settings.dimensions());
                }
                yield SubwordEmbedder.fit(corpus, settings.dimensions(), analyzer::words);
            }
            case OPENAI -> {
                require(settings.baseUrl(), "base-url");
                require(settings.model(), "model");
                yield new OpenAiCompatibleEmbedder(settings.baseUrl(), settings.apiKey(), settings.model(),
                        settings.timeout(), settings.batchSize());
            }
            case ONNX -> throw new IllegalArgumentException(
                    "atende.knowledge.embedding.provider=onnx is not available in this build (see docs/knowledge.md)");
        };
    }

    private static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("atende.knowledge.embedding." + key
                    + " is required when atende.knowledge.embedding.provider=openai");
        }
    }
}
