package io.atende.nlu;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one evaluation run; rates are fractions between 0 and 1.
 *
 * @param inScopeAccuracy share of in-scope test messages given their right intent (not out of scope)
 * @param oosRecall       share of out-of-scope test messages recognised as such (0 when the file has none)
 * @param macroF1         F1 averaged over the test file's labels, {@code oos} included as one label
 * @param trainSeconds    training time, calibration included
 * @param p50Ms           median time to classify one message
 * @param p99Ms           99th percentile of that time
 */
public record IntentReport(double inScopeAccuracy, double oosRecall, double macroF1, double trainSeconds,
                           double p50Ms, double p99Ms, int inScope, int outOfScope, double threshold) {

    /** The keys fixed by DESIGN.md first, then counts and the threshold used. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("in_scope_accuracy", round(inScopeAccuracy));
        m.put("oos_recall", round(oosRecall));
        m.put("macro_f1", round(macroF1));
        m.put("train_seconds", round(trainSeconds));
        m.put("p50_ms", round(p50Ms));
        m.put("p99_ms", round(p99Ms));
        m.put("in_scope", inScope);
        m.put("out_of_scope", outOfScope);
        m.put("threshold", round(threshold));
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
