package io.atende.nlu.sentiment;

import java.util.Locale;

/** The tone of a customer message. */
public enum Sentiment {
    NEGATIVE, NEUTRAL, POSITIVE;

    /** "negative", "neutral" or "positive", as in the evaluation files and the API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Sentiment fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
