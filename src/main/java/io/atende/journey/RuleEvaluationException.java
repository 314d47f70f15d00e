package io.atende.journey;

/**
 * A rule that parsed but cannot be decided on the given attributes. A rule never turns such a case into
 * {@code false} by itself: whoever evaluates it decides what happens (a journey goes to the branch's
 * {@code on_error} step, or hands the conversation to a person).
 */
public final class RuleEvaluationException extends RuntimeException {

    /** Why the rule could not be decided. */
    public enum Reason {
        /** An attribute or tool result the rule reads has no value (absent, or JSON null). */
        MISSING_VALUE,
        /** A value of the wrong kind: text where a number belongs, a number where true/false belongs... */
        WRONG_TYPE,
        /** Division by zero. */
        DIVISION_BY_ZERO
    }

    private final Reason reason;
    private final String path;

    RuleEvaluationException(Reason reason, String path, String message) {
        super(message);
        this.reason = reason;
        this.path = path;
    }

    public Reason reason() {
        return reason;
    }

    /** The attribute path at fault, such as {@code credito.score}, or {@code null} when no single one is. */
    public String path() {
        return path;
    }
}
