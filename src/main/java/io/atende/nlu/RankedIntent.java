package io.atende.nlu;

/** An intent with its calibrated probability (0..1) for one message. */
public record RankedIntent(String name, double confidence) {
}
