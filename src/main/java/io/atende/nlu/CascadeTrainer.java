package io.atende.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Trains a {@link CascadeIntentModel}: embeds every training example (on {@code threads} threads, while the
 * sparse model trains on one of them), fits a logistic regression over the embeddings, and calibrates the
 * blended scores on the validation messages that escalate (only those are embedded).
 */
final class CascadeTrainer {

    private static final int CHUNK = 250;
    private static final long SEED = 43;

    private final NluProperties properties;
    private final SentenceEncoder encoder;

    CascadeTrainer(NluProperties properties, SentenceEncoder encoder) {
        this.properties = properties;
        this.encoder = encoder;
    }

    /**
     * @param sparseTrainer trains and calibrates the sparse model (it runs beside the embedding)
     * @param validation    held-out messages for the slow path's calibration, or null (then the blended
     *                      scores keep temperature 1 and threshold 0: right for a file without {@code oos})
     */
    CascadeIntentModel train(List<LabelledUtterance> examples, List<LabelledUtterance> validation,
                             Supplier<TrainedIntentModel> sparseTrainer) {
        ExecutorService pool = Executors.newFixedThreadPool(properties.threads());
        try {
            Future<TrainedIntentModel> sparseJob = pool.submit(sparseTrainer::get);
            List<float[]> vectors = embedAll(pool, examples.stream().map(LabelledUtterance::text).toList());
            TrainedIntentModel sparse = sparseJob.get();
            List<String> labels = sparse.labels();
            Map<String, Integer> index = new LinkedHashMap<>();
            labels.forEach(l -> index.put(l, index.size()));
            int[] ys = examples.stream().mapToInt(e -> index.get(e.intent())).toArray();
            List<SparseVector> xs = vectors.stream()
                    .map(v -> CascadeIntentModel.embedding(v, properties.embeddingScale())).toList();
            Future<SoftmaxRegression> denseJob = pool.submit(() -> SoftmaxRegression.train(xs, ys, labels.size(),
                    encoder.dimension(), new SoftmaxRegression.Settings(properties.denseEpochs(),
                            properties.learningRate(), properties.l2()), SEED));
            // While the dense model trains, embed the validation messages that will escalate.
            List<LabelledUtterance> slowVal = new ArrayList<>();
            List<double[]> slowValScores = new ArrayList<>();
            int fastCaught = 0;
            int oos = 0;
            CascadeIntentModel probe = new CascadeIntentModel(sparse, encoder, null, 0, 0,
                    properties.escalateBelow(), new Calibration(1, 0));
            for (LabelledUtterance v : validation == null ? List.<LabelledUtterance>of() : validation) {
                if (!v.outOfScope() && !index.containsKey(v.intent())) {
                    continue;
                }
                oos += v.outOfScope() ? 1 : 0;
                double[] z = sparse.scoresOrNull(v.text());
                if (z != null && probe.escalates(z)) {
                    slowVal.add(v);
                    slowValScores.add(z);
                } else if (v.outOfScope() && sparse.classify(v.text()).outOfScope()) {
                    fastCaught++;
                }
            }
            List<float[]> slowVectors = embedAll(pool, slowVal.stream().map(LabelledUtterance::text).toList());
            CascadeIntentModel model = new CascadeIntentModel(sparse, encoder, denseJob.get(),
                    properties.embeddingScale(), properties.blendWeight(), properties.escalateBelow(),
                    new Calibration(1, 0));
            if (slowVal.isEmpty()) {
                return model;
            }
            List<Calibration.HeldOut> heldOut = new ArrayList<>(slowVal.size());
            for (int i = 0; i < slowVal.size(); i++) {
                double[] z = model.blend(slowValScores.get(i), slowVectors.get(i));
                heldOut.add(new Calibration.HeldOut(z, labels.indexOf(slowVal.get(i).intent())));
            }
            long slowOos = slowVal.stream().filter(LabelledUtterance::outOfScope).count();
            // The slow path must catch what the fast path did not, for the cascade as a whole to reach the
            // target share of the held-out out-of-scope messages.
            double needed = Math.ceil(properties.minOosRecall() * oos) - fastCaught;
            double recall = slowOos == 0 ? 0 : Math.max(0, Math.min(1, needed / slowOos));
            int oosClass = labels.indexOf(LabelledUtterance.OUT_OF_SCOPE);
            return model.withSlowCalibration(Calibration.fit(heldOut, oosClass, recall, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("training failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Embeddings of the texts, in order, computed in chunks on the pool. */
    private List<float[]> embedAll(ExecutorService pool, List<String> texts)
            throws InterruptedException, ExecutionException {
        List<Future<List<float[]>>> chunks = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += CHUNK) {
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
            Callable<List<float[]>> job = () -> encoder.embedAll(chunk);
            chunks.add(pool.submit(job));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (Future<List<float[]>> f : chunks) {
            out.addAll(f.get());
        }
        return out;
    }
}
