package io.atende.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The served process's garbage-collection pauses so far ({@code jvm_gc_pause_seconds}, every collector and cause
 * summed): a request that arrives during one waits for all of it, so together with the journal's slow syncs they
 * account for most of a missed acknowledgement target (docs/benchmarks.md, session 12).
 *
 * @param count   pauses
 * @param major   of them, whole-heap collections ({@code action="end of major GC"})
 * @param seconds their summed time
 */
record CollectorPauses(long count, long major, double seconds) {

    private static final Pattern LINE = Pattern.compile(
            "^jvm_gc_pause_seconds_(count|sum)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    CollectorPauses since(CollectorPauses earlier) {
        return new CollectorPauses(count - earlier.count, major - earlier.major, seconds - earlier.seconds);
    }

    /** The pauses in a Prometheus text exposition; zeros before the first. */
    static CollectorPauses parse(String exposition) {
        long count = 0;
        long major = 0;
        double seconds = 0;
        Matcher m = LINE.matcher(exposition);
        while (m.find()) {
            double value = Double.parseDouble(m.group(3));
            if (m.group(1).equals("sum")) {
                seconds += value;
            } else {
                count += (long) value;
                if (m.group(2).contains("action=\"end of major GC\"")) {
                    major += (long) value;
                }
            }
        }
        return new CollectorPauses(count, major, seconds);
    }
}
