package io.atende.nlu;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Tuning harness for the cascade (not a test): CLINC150 trained on train, calibrated on one random half of val,
 * scored on the other half and swapped; BANKING77 on an 80/20 split of train. Never reads a test file.
 * Embeddings are cached under /tmp between runs (tuning only; reported runs embed afresh).
 * Usage: java ... io.atende.nlu.CascadeExperiment clinc|banking key=value[,value...] ...
 */
public final class CascadeExperiment {

    public static void main(String[] args) throws Exception {
        Path d = NluExperiment.D;
        boolean clinc = args[0].equals("clinc");
        List<LabelledUtterance> train = IntentExamples.readJsonLines(d.resolve(clinc ? "clinc150-train.jsonl" : "banking77-train.jsonl"));
        List<LabelledUtterance> a = new ArrayList<>();
        List<LabelledUtterance> b = new ArrayList<>();
        Random r = new Random(Long.getLong("split", 7));
        if (clinc) {
            for (LabelledUtterance u : IntentExamples.readJsonLines(d.resolve("clinc150-val.jsonl"))) {
                (r.nextBoolean() ? a : b).add(u);
            }
        } else {
            List<LabelledUtterance> tr = new ArrayList<>();
            for (LabelledUtterance u : train) {
                (r.nextDouble() < 0.2 ? b : tr).add(u);
            }
            train = tr;
        }
        Cache cache = Cache.load(Path.of("/tmp/atende-emb-" + args[0] + ".bin"));
        List<String> all = new ArrayList<>();
        train.forEach(u -> all.add(u.text()));
        a.forEach(u -> all.add(u.text()));
        b.forEach(u -> all.add(u.text()));
        cache.fill(all);
        if (Boolean.getBoolean("batched")) {
            Cache b2 = Cache.load(Path.of("/tmp/atende-emb-" + args[0] + "-batched.bin"));
            b2.fillBatched(all);
            cache.batched = b2.vectors;
        }
        List<NluProperties> grid = new ArrayList<>();
        grid.add(NluProperties.DEFAULTS);
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            List<NluProperties> next = new ArrayList<>();
            for (NluProperties p : grid) {
                for (String v : kv[1].split(",")) {
                    next.add(NluExperiment.with(p, kv[0], v));
                }
            }
            grid = next;
        }
        Map<String, TrainedIntentModel> sparseCache = new HashMap<>();
        for (NluProperties p : grid) {
            long t0 = System.nanoTime();
            List<LabelledUtterance> fTrain = train;
            if (clinc) {
                TrainedIntentModel sa = sparseCache.computeIfAbsent("a" + p.minOosRecall() + p.svmWeight() + "e" + p.epochs(), k -> new IntentTrainer(p).train(fTrain, a));
                TrainedIntentModel sb = sparseCache.computeIfAbsent("b" + p.minOosRecall() + p.svmWeight() + "e" + p.epochs(), k -> new IntentTrainer(p).train(fTrain, b));
                CascadeIntentModel ma = new CascadeTrainer(p, cache).train(train, a, () -> sa);
                CascadeIntentModel mb = new CascadeTrainer(p, cache).train(train, b, () -> sb);
                IntentReport rb = IntentEvaluation.evaluate(ma, b, 0, ma.threshold());
                double escB = ma.escalated();
                IntentReport ra = IntentEvaluation.evaluate(mb, a, 0, mb.threshold());
                IntentReport raw = IntentEvaluation.evaluate(ma.withSlowCalibration(new Calibration(1, 0)), b, 0, 0);
                System.out.printf("CLINC %s | inscope %.4f oos %.4f (B %.4f/%.4f A %.4f/%.4f) rawB %.4f esc %.3f %.1fs%n",
                        describe(p), (ra.inScopeAccuracy() + rb.inScopeAccuracy()) / 2, (ra.oosRecall() + rb.oosRecall()) / 2,
                        rb.inScopeAccuracy(), rb.oosRecall(), ra.inScopeAccuracy(), ra.oosRecall(), raw.inScopeAccuracy(),
                        escB, (System.nanoTime() - t0) / 1e9);
            } else {
                TrainedIntentModel s = sparseCache.computeIfAbsent("s" + p.svmWeight() + "e" + p.epochs(), k -> new IntentTrainer(p).train(fTrain));
                CascadeIntentModel m = new CascadeTrainer(p, cache).train(train, null, () -> s);
                IntentReport rep = IntentEvaluation.evaluate(m, b, 0, 0);
                IntentReport sp = IntentEvaluation.evaluate(s, b, 0, 0);
                System.out.printf("BANK %s | acc %.4f (sparse %.4f) esc %.3f %.1fs%n", describe(p), rep.inScopeAccuracy(),
                        sp.inScopeAccuracy(), m.escalated(), (System.nanoTime() - t0) / 1e9);
            }
        }
        System.exit(0);
    }

    private static String describe(NluProperties p) {
        return "esc=" + p.escalateBelow() + " blend=" + p.blendWeight() + " scale=" + p.embeddingScale()
                + " ep=" + p.denseEpochs() + " rec=" + p.minOosRecall() + " svm=" + p.svmWeight() + " sparse-epochs=" + p.epochs();
    }

    /** Embeddings by text, kept in a file. */
    static final class Cache implements SentenceEncoder {
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
        private final Path file;
        Map<String, float[]> batched;

        private Cache(Path file) {
            this.file = file;
        }

        static Cache load(Path file) throws IOException {
            Cache c = new Cache(file);
            if (Files.exists(file)) {
                try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        String t = in.readUTF();
                        float[] v = new float[384];
                        for (int j = 0; j < 384; j++) {
                            v[j] = in.readFloat();
                        }
                        c.vectors.put(t, v);
                    }
                }
            }
            return c;
        }

        void fill(List<String> texts) throws Exception {
            List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
            missing.removeIf(vectors::containsKey);
            if (missing.isEmpty()) {
                return;
            }
            MiniLmEncoder enc = MiniLmEncoder.shared();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            int half = missing.size() / 2;
            pool.invokeAll(List.of(() -> { missing.subList(0, half).forEach(t -> vectors.put(t, enc.embed(t))); return 0; },
                    () -> { missing.subList(half, missing.size()).forEach(t -> vectors.put(t, enc.embed(t))); return 0; }));
            pool.shutdown();
            save();
        }

        private void save() throws IOException {
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeInt(vectors.size());
                for (var e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
        }

        void fillBatched(List<String> texts) throws Exception {
            if (!vectors.isEmpty()) {
                return;
            }
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(texts));
            MiniLmEncoder enc = MiniLmEncoder.shared();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Callable<Integer>> jobs = new ArrayList<>();
            for (int from = 0; from < distinct.size(); from += 250) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 250));
                jobs.add(() -> { List<float[]> v = enc.embedAll(chunk); for (int i = 0; i < chunk.size(); i++) vectors.put(chunk.get(i), v.get(i)); return 0; });
            }
            long t = System.nanoTime();
            pool.invokeAll(jobs);
            System.out.printf("batched embedding: %.1fs for %d%n", (System.nanoTime() - t) / 1e9, distinct.size());
            pool.shutdown();
            fill(List.of());
            save();
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return batched == null ? SentenceEncoder.super.embedAll(texts) : texts.stream().map(batched::get).toList();
        }

        @Override
        public float[] embed(String text) {
            float[] v = vectors.get(text);
            if (v == null) {
                throw new IllegalStateException("not cached: " + text);
            }
            return v;
        }

        @Override
        public int dimension() {
            return 384;
        }
    }
}
