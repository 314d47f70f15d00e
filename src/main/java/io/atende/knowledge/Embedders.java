package io.atende.knowledge;

import io.atende.knowledge.KnowledgeProperties.Embedding;
import io.atende.knowledge.embedding.Embedder;
import io.atende.knowledge.embedding.OnnxEmbedder;
import io.atende.knowledge.embedding.OpenAiCompatibleEmbedder;
import io.atende.knowledge.embedding.SubwordEmbedder;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Chooses the embedder the settings name, checking that the settings it needs are there. */
final class Embedders {

    private static final Map<String, OnnxEmbedder> ONNX_MODELS = new ConcurrentHashMap<>();

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
                // one per model file for the life of the process: ONNX Runtime's session lives outside the heap and
                // nothing releases it, so each index build or reload loading its own would leak a model each time
                yield ONNX_MODELS.computeIfAbsent(onnxKey(settings),
                        key -> new OnnxEmbedder(Path.of(settings.modelPath()), tokenizer(settings)));
            }
        };
    }

    /** The model files of an {@code onnx} setting as they are now ({@link OnnxEmbedder#files}). */
    static String onnxKey(Embedding settings) {
        if (settings.modelPath() == null || settings.modelPath().isBlank()) {
            return "none";
        }
        return OnnxEmbedder.files(Path.of(settings.modelPath()), tokenizer(settings));
    }

    /** The tokenizer usually sits next to the model, as Optimum and sentence-transformers export them. */
    private static Path tokenizer(Embedding settings) {
        return settings.tokenizerPath() == null || settings.tokenizerPath().isBlank()
                ? Path.of(settings.modelPath()).resolveSibling("tokenizer.json") : Path.of(settings.tokenizerPath());
    }

    private static void require(String value, String key, String provider) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("atende.knowledge.embedding." + key
                    + " is required when atende.knowledge.embedding.provider=" + provider);
        }
    }
}
