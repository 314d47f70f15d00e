package io.atende.llm;

import java.util.Locale;

/**
 * What a model call is for. Each feature has its own model (a cheap one decides, a stronger one converses) and is
 * a column of the cost ledger.
 */
public enum Feature {
    /** Classification, extraction and tool choice: the decision model. */
    DECISION,
    /** The reply the customer reads: the conversation model. */
    CONVERSATION,
    /** A voice note turned into text. */
    TRANSCRIPTION,
    /** An image described in words. */
    VISION,
    /** Summaries, sentiment and other read-only features off the reply path. */
    INSIGHT;

    /** The name stored in the ledger and shown by the API ({@code decision}, {@code conversation}, ...). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The feature of a wire name, case-insensitive. */
    public static Feature ofWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
