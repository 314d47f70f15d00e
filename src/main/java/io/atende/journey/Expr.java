package io.atende.journey;

import java.util.List;

/** The parsed form of a rule. Each node keeps the column it starts at, for error messages. */
sealed interface Expr {

    int column();

    record Literal(RuleValue value, int column) implements Expr {
    }

    /** An attribute or tool-result path such as {@code credito.score}. */
    record Path(List<String> parts, int column) implements Expr {

        public Path {
            parts = List.copyOf(parts);
        }

        String name() {
            return String.join(".", parts);
        }
    }

    record Not(Expr operand, int column) implements Expr {
    }

    record Negate(Expr operand, int column) implements Expr {
    }

    /** {@code and} / {@code or}, evaluated left to right and short-circuited. */
    record Logical(boolean and, Expr left, Expr right, int column) implements Expr {
    }

    record Arithmetic(char operator, Expr left, Expr right, int column) implements Expr {
    }

    record Comparison(Token.Kind operator, Expr left, Expr right, int column) implements Expr {
    }

    /** {@code value in [a, b]} or {@code value in some.list}; {@code negated} for {@code not in}. */
    record In(Expr value, Expr options, boolean negated, int column) implements Expr {
    }

    record StartsWith(Expr value, Expr prefix, int column) implements Expr {
    }

    record ListOf(List<Expr> items, int column) implements Expr {

        public ListOf {
            items = List.copyOf(items);
        }
    }
}
