package io.atende.nlu;

import java.util.Objects;

/**
 * One training or evaluation example: what a customer wrote and the intent it expresses.
 * The intent {@value #OUT_OF_SCOPE} marks a message none of the known intents covers.
 */
public record LabelledUtterance(String text, String intent) {

    /** The label of out-of-scope examples. */
    public static final String OUT_OF_SCOPE = "oos";

    public LabelledUtterance {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
    }

    public boolean outOfScope() {
        return OUT_OF_SCOPE.equals(intent);
    }
}
