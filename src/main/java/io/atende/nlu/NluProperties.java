package io.atende.nlu;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.nlu}: how the intent classifier is trained. The defaults were chosen on the CLINC150
 * train/val split and the demo pack's dev file (docs/nlu.md); the test files were only used to report.
 *
 * @param hashBits         features are hashed into {@code 2^hashBits} buckets
 * @param maxCharGram      longest character n-gram (from 2)
 * @param epochs           passes over the training set (more when the set is small, see {@code minSteps})
 * @param minSteps         at least this many gradient steps, so a pack with 150 examples still converges
 * @param learningRate     first SGD step, decayed linearly to zero
 * @param l2               weight decay per step
 * @param folds            cross-validation folds used to calibrate when no validation file is given
 * @param minOosRecall     the threshold is the lowest that recognises this share of the held-out out-of-scope
 *                         messages (a higher share costs in-scope accuracy)
 * @param packThreshold    out-of-scope threshold for pack intents (a pack has no out-of-scope examples to tune
 *                         on); tuned on {@code packs/demo-store/eval/intents-dev.jsonl}
 * @param threads          threads used to train cross-validation folds in parallel
 * @param maxWordGram      longest word n-gram (1 = words only)
 * @param svmWeight        weight of a one-vs-rest squared-hinge linear SVM whose scores are added to the logistic
 *                         regression's before calibration (0 = no SVM)
 * @param svmLearningRate  first SGD step of the SVM, decayed linearly to zero
 * @param charsSpanWords   character n-grams also span word boundaries ("e o" in "hi there o")
 * @param wordCount        what one occurrence of a word n-gram counts before TF-IDF (a character n-gram
 *                         counts 1): above 1 gives words more say against the many character n-grams
 * @param cascade          {@code auto}: English training data (see {@link TrainingLanguage}) gets the MiniLM cascade
 *                         ({@link CascadeIntentModel}); {@code off}: always the sparse model alone. Other
 *                         languages always get the sparse model (the encoder is English-only)
 * @param escalateBelow    the cascade embeds a message when the sparse model's top probability (temperature 1) is
 *                         under this
 * @param blendWeight      weight of the embedding model's scores added to the sparse scores on the slow path
 * @param embeddingScale   length of the (unit) embedding as the embedding model reads it
 * @param denseEpochs      passes of the embedding model's SGD over the training set
 * @param cascadeOosRecall {@code minOosRecall} of the cascade (both its stages): the blended scores separate
 *                         out-of-scope messages better, so a higher target costs little in-scope accuracy
 * @param cascadeSvmWeight {@code svmWeight} of the cascade's sparse stage: 0, because the embedding stage makes up
 *                         for the SVM's small gain and training time is better spent embedding
 */
@Validated
@ConfigurationProperties("atende.nlu")
public record NluProperties(@DefaultValue("18") @Min(12) @Max(22) int hashBits,
                            @DefaultValue("4") @Min(2) @Max(6) int maxCharGram,
                            @DefaultValue("10") @Min(1) @Max(100) int epochs,
                            @DefaultValue("30000") @Min(0) @Max(10_000_000) int minSteps,
                            @DefaultValue("4.0") @DecimalMin("0.001") @DecimalMax("100") double learningRate,
                            @DefaultValue("1e-6") @DecimalMin("0") @DecimalMax("0.1") double l2,
                            @DefaultValue("3") @Min(2) @Max(10) int folds,
                            @DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double minOosRecall,
                            @DefaultValue("0.75") @DecimalMin("0") @DecimalMax("1") double packThreshold,
                            @DefaultValue("2") @Min(1) @Max(64) int threads,
                            @DefaultValue("2") @Min(1) @Max(4) int maxWordGram,
                            @DefaultValue("1") @DecimalMin("0") @DecimalMax("100") double svmWeight,
                            @DefaultValue("0.5") @DecimalMin("0.0001") @DecimalMax("100") double svmLearningRate,
                            @DefaultValue("false") boolean charsSpanWords,
                            @DefaultValue("3") @DecimalMin("1") @DecimalMax("1000") double wordCount,
                            @DefaultValue("auto") @Pattern(regexp = "auto|off") String cascade,
                            @DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double escalateBelow,
                            @DefaultValue("1") @DecimalMin("0") @DecimalMax("100") double blendWeight,
                            @DefaultValue("2") @DecimalMin("0.01") @DecimalMax("100") double embeddingScale,
                            @DefaultValue("5") @Min(1) @Max(100) int denseEpochs,
                            @DefaultValue("0.7") @DecimalMin("0") @DecimalMax("1") double cascadeOosRecall,
                            @DefaultValue("0") @DecimalMin("0") @DecimalMax("100") double cascadeSvmWeight) {

    /** The defaults, for code that runs without Spring (the CLI, tests). */
    public static final NluProperties DEFAULTS = new NluProperties(18, 4, 10, 30_000, 4.0, 1e-6, 3, 0.6, 0.75, 2,
            2, 1, 0.5, false, 3, "auto", 0.8, 1, 2, 5, 0.7, 0);

    /** Whether English training data gets the embedding cascade. */
    boolean cascadeEnabled() {
        return "auto".equals(cascade);
    }

    /** These settings with the cascade's out-of-scope target and SVM weight in place of the sparse model's. */
    NluProperties forCascade() {
        return new NluProperties(hashBits, maxCharGram, epochs, minSteps, learningRate, l2, folds, cascadeOosRecall,
                packThreshold, threads, maxWordGram, cascadeSvmWeight, svmLearningRate, charsSpanWords, wordCount,
                cascade, escalateBelow, blendWeight, embeddingScale, denseEpochs, cascadeOosRecall, cascadeSvmWeight);
    }

    FeatureHasher hasher() {
        return new FeatureHasher(hashBits, maxWordGram, 2, maxCharGram, charsSpanWords, (float) wordCount);
    }
}
