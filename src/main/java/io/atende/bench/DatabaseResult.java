package io.atende.bench;

/**
 * The figures of one database, or why it was skipped.
 *
 * @param pipeline    the real endpoint and turn pipeline with the local engine
 * @param bare        the baseline endpoint that only stores the message
 * @param peakRssMb   this JVM's VmHWM after the database's run (cumulative: the process is shared)
 * @param skipped     why the database was not measured; null when it was
 */
record DatabaseResult(PhaseResult pipeline, PhaseResult bare, long peakRssMb, String skipped) {

    static DatabaseResult skipped(String reason) {
        return new DatabaseResult(null, null, -1, reason);
    }
}
