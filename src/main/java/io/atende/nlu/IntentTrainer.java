package io.atende.nlu;

import io.atende.pack.Pack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Trains an intent classifier from labelled examples, offline and in seconds. Calibration (temperature and
 * out-of-scope threshold) is fitted on a validation set when one is given, else on cross-validation folds of
 * the training set when it holds out-of-scope examples. A pack has none, so its threshold is
 * {@link NluProperties#packThreshold()}, tuned once on the demo pack's dev file. English data can get the
 * embedding cascade instead ({@link #trainForLanguage}).
 */
public final class IntentTrainer {

    private static final long SEED = 42;

    private final NluProperties properties;
    private final Supplier<SentenceEncoder> encoder;

    public IntentTrainer(NluProperties properties) {
        this(properties, MiniLmEncoder::shared);
    }

    /** With another sentence encoder for the English cascade (tests). */
    IntentTrainer(NluProperties properties, Supplier<SentenceEncoder> encoder) {
        this.properties = properties;
        this.encoder = encoder;
    }

    /**
     * Trains the best classifier for the examples' language: English data gets the embedding cascade
     * ({@link CascadeIntentModel}) when {@code atende.nlu.cascade} is {@code auto} and its slow path can be
     * calibrated (a validation set is given, or the data has no {@code oos} examples, so no threshold is
     * needed); everything else gets the sparse model, as {@link #train(List)} and
     * {@link #train(List, List)} make it.
     *
     * @param validation held-out examples for calibration, or null
     */
    public CalibratedIntentClassifier trainForLanguage(List<LabelledUtterance> examples,
                                                       List<LabelledUtterance> validation) {
        boolean hasOos = examples.stream().anyMatch(LabelledUtterance::outOfScope);
        boolean cascade = properties.cascadeEnabled() && (validation != null || !hasOos)
                && TrainingLanguage.isEnglish(examples);
        if (!cascade) {
            return validation == null ? train(examples) : train(examples, validation);
        }
        IntentTrainer sparse = new IntentTrainer(properties.forCascade(), encoder);
        return new CascadeTrainer(properties.forCascade(), encoder.get()).train(examples, validation,
                () -> validation == null ? sparse.train(examples) : sparse.train(examples, validation));
    }

    /** Trains on a pack's intents, with the pack threshold for out of scope. */
    public TrainedIntentModel train(Pack pack) {
        List<LabelledUtterance> examples = IntentExamples.fromPack(pack);
        if (examples.isEmpty()) {
            throw new IllegalArgumentException(pack.directory() + ": the pack has no intent examples");
        }
        return fit(examples, labels(examples), new Calibration(1, properties.packThreshold()));
    }

    /**
     * Trains on the examples; calibrates by cross-validation when they include {@code oos} examples, and
     * otherwise never answers out of scope (there is nothing to tune a threshold on).
     */
    public TrainedIntentModel train(List<LabelledUtterance> examples) {
        boolean hasOos = examples.stream().anyMatch(LabelledUtterance::outOfScope);
        if (!hasOos) {
            return fit(examples, labels(examples), new Calibration(1, 0));
        }
        List<Calibration.HeldOut> heldOut = crossValidate(examples);
        Calibration calibration = Calibration.fit(heldOut, labels(examples).indexOf(LabelledUtterance.OUT_OF_SCOPE),
                properties.minOosRecall(), properties.packThreshold());
        return fit(examples, labels(examples), calibration);
    }

    /** Trains on the examples and calibrates on the validation set, which the weights never see. */
    public TrainedIntentModel train(List<LabelledUtterance> examples, List<LabelledUtterance> validation) {
        List<String> labels = labels(examples);
        TrainedIntentModel model = fit(examples, labels, new Calibration(1, properties.packThreshold()));
        Calibration calibration = Calibration.fit(heldOut(model, labels, validation),
                labels.indexOf(LabelledUtterance.OUT_OF_SCOPE), properties.minOosRecall(),
                properties.packThreshold());
        return model.withCalibration(calibration);
    }

    /** The model calibrated afresh on another validation set (for tuning experiments). */
    TrainedIntentModel recalibrate(TrainedIntentModel model, List<LabelledUtterance> examples,
                                   List<LabelledUtterance> validation) {
        List<String> labels = labels(examples);
        return model.withCalibration(Calibration.fit(heldOut(model, labels, validation),
                labels.indexOf(LabelledUtterance.OUT_OF_SCOPE), properties.minOosRecall(),
                properties.packThreshold()));
    }

    private TrainedIntentModel fit(List<LabelledUtterance> examples, List<String> labels, Calibration calibration) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        FeatureHasher hasher = properties.hasher();
        Map<String, Integer> index = new LinkedHashMap<>();
        labels.forEach(l -> index.put(l, index.size()));
        List<SparseVector> counts = new ArrayList<>(examples.size());
        int[] ys = new int[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            counts.add(hasher.counts(examples.get(i).text()));
            ys[i] = index.get(examples.get(i).intent());
        }
        TfIdf tfIdf = TfIdf.fit(counts, hasher.dimension());
        List<SparseVector> xs = counts.stream().map(tfIdf::weigh).toList();
        int epochs = Math.max(properties.epochs(), (int) Math.ceil((double) properties.minSteps() / xs.size()));
        SoftmaxRegression regression = SoftmaxRegression.train(xs, ys, labels.size(), hasher.dimension(),
                new SoftmaxRegression.Settings(epochs, properties.learningRate(), properties.l2()), SEED);
        SoftmaxRegression svm = properties.svmWeight() <= 0 ? null
                : SoftmaxRegression.train(xs, ys, labels.size(), hasher.dimension(),
                        new SoftmaxRegression.Settings(epochs, properties.svmLearningRate(), properties.l2(), true),
                        SEED + 1);
        return new TrainedIntentModel(hasher, tfIdf, regression, svm, properties.svmWeight(), labels, calibration);
    }

    /** Out-of-fold scores for every example, the folds trained in parallel. */
    private List<Calibration.HeldOut> crossValidate(List<LabelledUtterance> examples) {
        int folds = properties.folds();
        int[] fold = new int[examples.size()];
        Random random = new Random(SEED);
        for (int i = 0; i < fold.length; i++) {
            fold[i] = random.nextInt(folds);
        }
        List<String> labels = labels(examples);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(properties.threads(), folds));
        try {
            List<Future<List<Calibration.HeldOut>>> results = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                int held = f;
                results.add(pool.submit(() -> {
                    List<LabelledUtterance> train = new ArrayList<>();
                    List<LabelledUtterance> test = new ArrayList<>();
                    for (int i = 0; i < fold.length; i++) {
                        (fold[i] == held ? test : train).add(examples.get(i));
                    }
                    // Every fold model keeps the full label list, so class indices agree across folds.
                    TrainedIntentModel model = fit(train, labels, new Calibration(1, 0));
                    return heldOut(model, labels, test);
                }));
            }
            List<Calibration.HeldOut> all = new ArrayList<>();
            for (int f = 0; f < folds; f++) {
                for (Calibration.HeldOut h : results.get(f).get()) {
                    all.add(h);
                }
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Calibration.HeldOut> heldOut(TrainedIntentModel model, List<String> labels,
                                                     List<LabelledUtterance> examples) {
        List<Calibration.HeldOut> out = new ArrayList<>(examples.size());
        for (LabelledUtterance e : examples) {
            int gold = labels.indexOf(e.intent());
            if (gold < 0 && !e.outOfScope()) {
                continue; // an intent the model was never trained on cannot inform its calibration
            }
            out.add(new Calibration.HeldOut(model.scores(e.text()), gold));
        }
        return out;
    }

    /** Labels in first-seen order, so that training is deterministic. */
    private static List<String> labels(List<LabelledUtterance> examples) {
        return examples.stream().map(LabelledUtterance::intent).distinct().toList();
    }
}
