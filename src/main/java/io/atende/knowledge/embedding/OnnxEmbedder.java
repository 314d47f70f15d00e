package io.atende.knowledge.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence-embedding model the operator keeps on disk — an ONNX export of a BERT-style encoder and its
 * {@code tokenizer.json} (a multilingual one for Portuguese, e.g. paraphrase-multilingual-MiniLM-L12-v2) — run in
 * process by ONNX Runtime, mean-pooled. No download: the files are the operator's.
 */
public final class OnnxEmbedder implements Embedder {

    /** Lucene's limit for an indexed vector. */
    static final int MAX_DIMENSIONS = 1024;

    private final OnnxEmbeddingModel model;
    private final String id;
    private final int dimensions;

    /**
     * Loads the model; a missing, unreadable or invalid file is an {@link IllegalArgumentException} naming the file
     * and the setting, at startup rather than at the first question.
     */
    public OnnxEmbedder(Path modelPath, Path tokenizerPath) {
        requireFile(modelPath, "model-path");
        requireFile(tokenizerPath, "tokenizer-path");
        try {
            this.model = new OnnxEmbeddingModel(modelPath, tokenizerPath, PoolingMode.MEAN);
            this.dimensions = model.dimension();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot load the ONNX embedding model " + modelPath + " with the tokenizer "
                    + tokenizerPath + ": " + e.getMessage(), e);
        }
        if (dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("the ONNX embedding model " + modelPath + " makes vectors of " + dimensions
                    + " numbers; the index holds at most " + MAX_DIMENSIONS);
        }
        this.id = "onnx:" + files(modelPath, tokenizerPath);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Embedder.normalize(model.embed(text).content().vector());
        } catch (IllegalArgumentException e) {
            return null; // text the tokenizer reads as nothing (zero-width characters): no vector side, like a blank
        } catch (RuntimeException e) {
            throw new EmbeddingException("the ONNX embedding model failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) != null && !texts.get(i).isBlank()) {
                segments.add(TextSegment.from(texts.get(i)));
                positions.add(i);
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(null));
        if (segments.isEmpty()) {
            return out;
        }
        try {
            var embeddings = model.embedAll(segments).content();
            for (int i = 0; i < embeddings.size(); i++) {
                out.set(positions.get(i), Embedder.normalize(embeddings.get(i).vector()));
            }
        } catch (RuntimeException e) {
            // one text the batch cannot take should not cost the others their vectors
            for (int i = 0; i < positions.size(); i++) {
                out.set(positions.get(i), embed(segments.get(i).text()));
            }
        }
        return out;
    }

    private static void requireFile(Path path, String setting) {
        if (path == null) {
            throw new IllegalArgumentException("atende.knowledge.embedding." + setting
                    + " is required when atende.knowledge.embedding.provider=onnx");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException("atende.knowledge.embedding." + setting + ": no readable file at " + path);
        }
    }

    /**
     * The model and tokenizer files as they are now (path, size, time), which stand for their content: a file
     * replaced at the same path is another model, whose vectors must not be mixed with the old ones.
     */
    public static String files(Path modelPath, Path tokenizerPath) {
        return stamp(modelPath) + "|" + stamp(tokenizerPath);
    }

    private static String stamp(Path file) {
        try {
            return file.toAbsolutePath() + ":" + Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toAbsolutePath() + ":missing"; // the constructor says so, with the setting's name
        }
    }
}
