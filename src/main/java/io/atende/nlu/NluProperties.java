package io.atende.nlu;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
                            @DefaultValue("3") @DecimalMin("1") @DecimalMax("1000") double wordCount) {

    /** The defaults, for code that runs without Spring (the CLI, tests). */
    public static final NluProperties DEFAULTS = new NluProperties(18, 4, 10, 30_000, 4.0, 1e-6, 3, 0.6, 0.75, 2,
            2, 1, 0.5, false, 3);

    FeatureHasher hasher() {
        return new FeatureHasher(hashBits, maxWordGram, 2, maxCharGram, charsSpanWords, (float) wordCount);
    }
}
