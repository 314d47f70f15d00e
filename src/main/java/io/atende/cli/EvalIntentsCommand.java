package io.atende.cli;

import io.atende.nlu.CalibratedIntentClassifier;
import io.atende.nlu.CascadeIntentModel;
import io.atende.nlu.IntentEvaluation;
import io.atende.nlu.IntentExamples;
import io.atende.nlu.IntentReport;
import io.atende.nlu.IntentTrainer;
import io.atende.nlu.LabelledUtterance;
import io.atende.nlu.NluProperties;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./atende eval intents}: trains the intent classifier on a file (or a pack's intents) and scores it on
 * a test file. Calibration uses {@code --val} when given, else cross-validation on the training file; see
 * docs/nlu.md.
 */
@Command(name = "intents", mixinStandardHelpOptions = true,
        description = "Train the intent classifier and evaluate it: in-scope accuracy, out-of-scope recall, latency.")
final class EvalIntentsCommand implements Callable<Integer> {

    @Option(names = "--train", paramLabel = "F", description = "Training examples, one {\"text\",\"intent\"} per line.")
    Path train;

    @Option(names = "--pack", paramLabel = "DIR", description = "Train on this pack's intents instead of --train.")
    Path pack;

    @Option(names = "--test", paramLabel = "F", required = true, description = "Test examples; intent oos = out of scope.")
    Path test;

    @Option(names = "--val", paramLabel = "F",
            description = "Validation examples for the confidence calibration and out-of-scope threshold "
                    + "(default: cross-validation on --train, or atende.nlu.pack-threshold with --pack).")
    Path val;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        // No Spring here to set up logging: the MiniLM libraries would log to stdout, which --json keeps for the
        // one JSON object. Takes effect because nothing has logged yet in this JVM.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        if ((train == null) == (pack == null)) {
            throw new IllegalArgumentException("give exactly one of --train F or --pack DIR");
        }
        Pack loaded = pack == null ? null : loadPack(pack);
        List<LabelledUtterance> examples = train != null ? IntentExamples.readJsonLines(train) : null;
        List<LabelledUtterance> testSet = IntentExamples.readJsonLines(test);
        List<LabelledUtterance> valSet = val == null ? null : IntentExamples.readJsonLines(val);
        IntentTrainer trainer = new IntentTrainer(NluProperties.DEFAULTS);
        long start = System.nanoTime();
        CalibratedIntentClassifier model;
        if (examples != null) {
            model = trainer.trainForLanguage(examples, valSet);
        } else {
            model = valSet != null ? trainer.train(IntentExamples.fromPack(loaded), valSet) : trainer.train(loaded);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        IntentReport report = IntentEvaluation.evaluate(model, testSet, seconds, model.threshold());
        Map<String, Object> figures = report.toMap();
        if (model instanceof CascadeIntentModel cascade) {
            figures.put("escalated", Math.round(cascade.escalated() * 10_000) / 10_000.0);
        }
        if (json) {
            System.out.println(JsonMapper.builder().build().writeValueAsString(figures));
        } else {
            figures.forEach((k, v) -> System.out.printf("%-18s %s%n", k, v));
        }
        System.out.flush();
        return 0;
    }

    private static Pack loadPack(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("pack directory not found: " + dir);
        }
        return PackLoader.load(dir);
    }
}
