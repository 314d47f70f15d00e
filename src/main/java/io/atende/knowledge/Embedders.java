package io.atende.knowledge;

import io.atende.knowledge.KnowledgeProperties.Embedding;
import io.atende.knowledge.embedding.Embedder;
import io.atende.knowledge.embedding.OnnxEmbedder;
import io.atende.knowledge.embedding.OpenAiCompatibleEmbedder;
import io.atende.knowledge.embedding.SubwordEmbedder;
import java.nio.file.Path;

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
                require(settings.baseUrl(), "base-url", "openai");
                require(settings.model(), "model", "openai");
                yield new OpenAiCompatibleEmbedder(settings.baseUrl(), settings.apiKey(), settings.model(),
                        settings.timeout(), settings.batchSize());
            }
            case ONNX -> {
                require(settings.modelPath(), "model-path", "onnx");
                Path model = Path.of(settings.modelPath());
                // the tokenizer usually sits next to the model, as exported by Optimum and sentence-transformers
                Path tokenizer = settings.tokenizerPath() == null || settings.tokenizerPath().isBlank()
                        ? model.resolveSibling("tokenizer.json") : Path.of(settings.tokenizerPath());
                yield new OnnxEmbedder(model, tokenizer);
            }
        };
    }

    private static void require(String value, String key, String provider) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("atende.knowledge.embedding." + key
                    + " is required when atende.knowledge.embedding.provider=" + provider);
        }
    }
}
