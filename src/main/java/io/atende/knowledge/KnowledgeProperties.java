package io.atende.knowledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.knowledge}: retrieval settings (env {@code ATENDE_KNOWLEDGE_*}); defaults here, documented in
 * docs/configuration.md.
 *
 * @param index     {@code disk}: a Lucene index under {@code ATENDE_DATA_DIR/index}, reused while the pack is
 *                  unchanged; {@code memory}: rebuilt at every start
 * @param embedding the model of the vector side
 * @param fusion    how the BM25 and vector rankings are combined
 */
@Validated
@ConfigurationProperties("atende.knowledge")
public record KnowledgeProperties(@DefaultValue("disk") IndexMode index,
                                  @Valid @DefaultValue Embedding embedding,
                                  @Valid @DefaultValue FusionWeights fusion) {

    /** The defaults, as Spring would bind them from an empty configuration. */
    public static final KnowledgeProperties DEFAULTS =
            new Binder().bindOrCreate("atende.knowledge", KnowledgeProperties.class);

    public enum IndexMode { DISK, MEMORY }

    /** {@code builtin}: subword TF-IDF vectors learnt from the pack; {@code openai}: an OpenAI-compatible endpoint. */
    public enum Provider { BUILTIN, OPENAI, ONNX }

    /**
     * @param provider      which embedder
     * @param dimensions    vector size of the built-in model (remote models have their own; Lucene's HNSW
     *                      format takes at most 1024)
     * @param baseUrl       {@code openai}: the API root including {@code /v1}, e.g. {@code http://localhost:11434/v1}
     * @param apiKey        {@code openai}: sent as a Bearer token when set
     * @param model         {@code openai}: the model name
     * @param timeout       {@code openai}: per request
     * @param batchSize     {@code openai}: texts per request while indexing
     * @param modelPath     {@code onnx}: the model file
     * @param tokenizerPath {@code onnx}: its tokenizer.json
     */
    public record Embedding(@DefaultValue("builtin") Provider provider,
                            @DefaultValue("512") @Min(16) @Max(1024) int dimensions,
                            String baseUrl, String apiKey, String model,
                            @DefaultValue("10s") Duration timeout,
                            @DefaultValue("64") @Min(1) @Max(2048) int batchSize,
                            String modelPath, String tokenizerPath) {
    }

    /**
     * Weighted reciprocal rank fusion; see {@link Fusion}.
     *
     * @param k           rank damping
     * @param bm25Weight  weight of the BM25 ranking
     * @param denseWeight weight of the vector ranking
     * @param depth       hits taken from each side
     * @param denseMin    cosine below which the vector side does not vote
     * @param denseFloor  cosine a hit sharing no word with the question needs to be listed
     */
    public record FusionWeights(@DefaultValue("60") @Min(1) int k,
                                @DefaultValue("1.0") @PositiveOrZero double bm25Weight,
                                @DefaultValue("1.0") @PositiveOrZero double denseWeight,
                                @DefaultValue("50") @Min(1) @Max(1000) int depth,
                                @DefaultValue("0.15") double denseMin,
                                @DefaultValue("0.35") double denseFloor) {

        Fusion fusion() {
            return new Fusion(k, bm25Weight, denseWeight, depth, denseMin, denseFloor);
        }
    }
}
