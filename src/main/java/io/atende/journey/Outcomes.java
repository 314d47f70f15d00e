package io.atende.journey;

/** Outcomes the runtime records when a journey ends without reaching a {@code finish} step. */
public final class Outcomes {

    /** The customer gave up ("deixa pra lá"). */
    public static final String CANCELLED = "cancelled";
    /** A handoff step (or the runtime, after a failure) passed the conversation to a person. */
    public static final String HANDOFF = "handoff";

    private Outcomes() {
    }
}
