package io.atende.journey;

/**
 * A rule that does not parse. The message names the 1-based column, what was expected there and what was
 * found, e.g. {@code column 10: expected a value (number, text, name or '('), found '>'}.
 */
public final class RuleSyntaxException extends IllegalArgumentException {

    private final String rule;
    private final int column;
    private final String expected;

    RuleSyntaxException(String rule, int column, String expected, String found) {
        super("column " + column + ": expected " + expected + ", found " + found);
        this.rule = rule;
        this.column = column;
        this.expected = expected;
    }

    /** The rule as written. */
    public String rule() {
        return rule;
    }

    /** Where the problem is, counting from 1; one past the last character when the rule ended too early. */
    public int column() {
        return column;
    }

    /** What would have been valid at {@link #column()}. */
    public String expected() {
        return expected;
    }
}
