package io.atende.nlu;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Tuning harness (not a test): scores settings on CLINC150 val (train on train, calibrate on one half of val,
 * score the other half, and swap) and on a 80/20 split of BANKING77 train. Never reads a test file.
 * Usage: java ... io.atende.nlu.NluExperiment clinc|banking key=value ...
 */
public final class NluExperiment {

    static final Path D = Path.of("/work/shared/datasets/intents");

    public static void main(String[] args) throws Exception {
        NluProperties p = NluProperties.DEFAULTS;
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            p = with(p, kv[0], kv[1]);
        }
        long start = System.nanoTime();
        if (args[0].equals("packdump")) {
            TrainedIntentModel m = new IntentTrainer(p).train(io.atende.pack.PackLoader.load(Path.of("packs/demo-store")));
            for (LabelledUtterance u : IntentExamples.readJsonLines(Path.of("packs/demo-store/eval/intents-dev.jsonl"))) {
                IntentPrediction pr = m.classify(u.text());
                System.out.printf("%.3f %-20s %-20s %s%n", pr.confidence(), u.intent(),
                        pr.ranked().isEmpty() ? "-" : pr.ranked().getFirst().name(), u.text());
            }
        } else if (args[0].equals("pack")) {
            TrainedIntentModel m = new IntentTrainer(p).train(io.atende.pack.PackLoader.load(Path.of("packs/demo-store")));
            IntentReport rep = IntentEvaluation.evaluate(m,
                    IntentExamples.readJsonLines(Path.of("packs/demo-store/eval/intents-dev.jsonl")), 0, m.threshold());
            System.out.printf("PACK-DEV %s | inscope %.4f oos %.4f f1 %.4f%n",
                    String.join(" ", List.of(args).subList(1, args.length)), rep.inScopeAccuracy(), rep.oosRecall(),
                    rep.macroF1());
        } else if (args[0].equals("clinc")) {
            List<LabelledUtterance> train = IntentExamples.readJsonLines(D.resolve("clinc150-train.jsonl"));
            if (Boolean.getBoolean("dropOos")) {
                train = train.stream().filter(u -> !u.outOfScope()).toList();
            }
            List<LabelledUtterance> val = IntentExamples.readJsonLines(D.resolve("clinc150-val.jsonl"));
            List<LabelledUtterance> a = new ArrayList<>();
            List<LabelledUtterance> b = new ArrayList<>();
            Random r = new Random(Long.getLong("split", 7));
            for (LabelledUtterance u : val) {
                (r.nextBoolean() ? a : b).add(u);
            }
            IntentTrainer trainer = new IntentTrainer(p);
            TrainedIntentModel m = trainer.train(train, a);
            double trainS = (System.nanoTime() - start) / 1e9;
            IntentReport rb = IntentEvaluation.evaluate(m, b, trainS, m.threshold());
            TrainedIntentModel m2 = trainer.recalibrate(m, train, b);
            IntentReport ra = IntentEvaluation.evaluate(m2, a, trainS, m2.threshold());
            IntentReport r0 = IntentEvaluation.evaluate(m.withThreshold(0), val, trainS, 0);
            System.out.printf("CLINC %s | inscope %.4f oos %.4f (B %.4f/%.4f A %.4f/%.4f) raw-inscope %.4f raw-oos %.4f train %.1fs p50 %.3f%n",
                    String.join(" ", List.of(args).subList(1, args.length)),
                    (rb.inScopeAccuracy() + ra.inScopeAccuracy()) / 2, (rb.oosRecall() + ra.oosRecall()) / 2,
                    rb.inScopeAccuracy(), rb.oosRecall(), ra.inScopeAccuracy(), ra.oosRecall(),
                    r0.inScopeAccuracy(), r0.oosRecall(), trainS, rb.p50Ms());
        } else {
            List<LabelledUtterance> all = IntentExamples.readJsonLines(D.resolve("banking77-train.jsonl"));
            List<LabelledUtterance> tr = new ArrayList<>();
            List<LabelledUtterance> te = new ArrayList<>();
            Random r = new Random(Long.getLong("split", 7));
            for (LabelledUtterance u : all) {
                (r.nextDouble() < 0.2 ? te : tr).add(u);
            }
            TrainedIntentModel m = new IntentTrainer(p).train(tr);
            double trainS = (System.nanoTime() - start) / 1e9;
            IntentReport rep = IntentEvaluation.evaluate(m, te, trainS, m.threshold());
            System.out.printf("BANK %s | acc %.4f train %.1fs p50 %.3f%n",
                    String.join(" ", List.of(args).subList(1, args.length)), rep.inScopeAccuracy(), trainS,
                    rep.p50Ms());
        }
    }

    static NluProperties with(NluProperties p, String key, String value) throws Exception {
        RecordComponent[] rc = NluProperties.class.getRecordComponents();
        Object[] vals = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        boolean found = false;
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            vals[i] = rc[i].getAccessor().invoke(p);
            if (rc[i].getName().equals(key)) {
                found = true;
                vals[i] = switch (types[i].getName()) {
                    case "int" -> Integer.parseInt(value);
                    case "double" -> Double.parseDouble(value);
                    case "boolean" -> Boolean.parseBoolean(value);
                    default -> value;
                };
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no setting " + key);
        }
        return NluProperties.class.getDeclaredConstructor(types).newInstance(vals);
    }
}
