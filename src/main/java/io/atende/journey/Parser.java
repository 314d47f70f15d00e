package io.atende.journey;

import io.atende.journey.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the grammar in docs/journeys.md, loosest binding first:
 * {@code or < and < not < comparison < + - < * / < unary minus < value}. A comparison takes exactly two sides, so
 * {@code 1 < x < 3} is an error rather than a puzzle for the auditor.
 */
final class Parser {

    private static final Set<Kind> COMPARISONS = Set.of(Kind.EQ, Kind.NE, Kind.LT, Kind.LE, Kind.GT, Kind.GE);
    private static final String VALUE = "a value (number, text, name, true, false, null or '(')";

    private final String source;
    private final List<Token> tokens;
    private int index;

    private Parser(String source) {
        this.source = source;
        this.tokens = Tokenizer.tokens(source);
    }

    static Expr parse(String source) {
        if (source == null || source.isBlank()) {
            throw new RuleSyntaxException(source == null ? "" : source, 1, "a rule", "nothing");
        }
        Parser parser = new Parser(source);
        Expr expr = parser.or();
        Token rest = parser.peek();
        if (rest.kind() != Kind.END) {
            String expected = rest.kind() == Kind.RPAREN ? "the end of the rule (this ')' closes nothing)"
                    : COMPARISONS.contains(rest.kind()) ? "'and', 'or' or the end (a comparison has only two sides)"
                    : "an operator ('and', 'or', '==', '+'...) or the end of the rule";
            throw parser.error(rest, expected);
        }
        return expr;
    }

    private Expr or() {
        Expr left = and();
        while (peek().kind() == Kind.OR) {
            Token op = advance();
            left = new Expr.Logical(false, left, and(), op.column());
        }
        return left;
    }

    private Expr and() {
        Expr left = not();
        while (peek().kind() == Kind.AND) {
            Token op = advance();
            left = new Expr.Logical(true, left, not(), op.column());
        }
        return left;
    }

    private Expr not() {
        if (peek().kind() == Kind.NOT) {
            Token op = advance();
            return new Expr.Not(not(), op.column());
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = additive();
        Token op = peek();
        if (COMPARISONS.contains(op.kind())) {
            advance();
            return new Expr.Comparison(op.kind(), left, additive(), op.column());
        }
        if (op.kind() == Kind.IN) {
            advance();
            return new Expr.In(left, options(), false, op.column());
        }
        if (op.kind() == Kind.NOT && tokens.get(index + 1).kind() == Kind.IN) {
            advance();
            advance();
            return new Expr.In(left, options(), true, op.column());
        }
        if (op.kind() == Kind.STARTS_WITH) {
            advance();
            return new Expr.StartsWith(left, additive(), op.column());
        }
        return left;
    }

    /** The right side of {@code in}: a written list or the path of a list in a tool result. */
    private Expr options() {
        Token start = peek();
        if (start.kind() == Kind.NAME) {
            return path();
        }
        expect(Kind.LBRACKET, "a list like [701, 702] or the name of a list");
        List<Expr> items = new ArrayList<>();
        if (peek().kind() != Kind.RBRACKET) {
            items.add(additive());
            while (peek().kind() == Kind.COMMA) {
                advance();
                items.add(additive());
            }
        }
        expect(Kind.RBRACKET, "',' or ']' to close the list");
        return new Expr.ListOf(items, start.column());
    }

    private Expr additive() {
        Expr left = multiplicative();
        while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
            Token op = advance();
            left = new Expr.Arithmetic(op.text().charAt(0), left, multiplicative(), op.column());
        }
        return left;
    }

    private Expr multiplicative() {
        Expr left = unary();
        while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
            Token op = advance();
            left = new Expr.Arithmetic(op.text().charAt(0), left, unary(), op.column());
        }
        return left;
    }

    private Expr unary() {
        if (peek().kind() == Kind.MINUS) {
            Token op = advance();
            return new Expr.Negate(unary(), op.column());
        }
        return value();
    }

    private Expr value() {
        Token t = peek();
        return switch (t.kind()) {
            case NUMBER -> literal(new RuleValue.Num(new BigDecimal(t.text())));
            case TEXT -> literal(new RuleValue.Text(t.text()));
            case TRUE -> literal(new RuleValue.Bool(true));
            case FALSE -> literal(new RuleValue.Bool(false));
            case NULL -> literal(new RuleValue.Nothing(null));
            case NAME -> path();
            case LPAREN -> {
                advance();
                Expr inner = or();
                expect(Kind.RPAREN, "')' to close the '(' at column " + t.column());
                yield inner;
            }
            default -> throw error(t, VALUE);
        };
    }

    private Expr literal(RuleValue value) {
        return new Expr.Literal(value, advance().column());
    }

    private Expr.Path path() {
        Token first = advance();
        List<String> parts = new ArrayList<>(List.of(first.text()));
        while (peek().kind() == Kind.DOT) {
            advance();
            parts.add(expect(Kind.NAME, "a name after '.'").text());
        }
        return new Expr.Path(parts, first.column());
    }

    private Token expect(Kind kind, String expected) {
        if (peek().kind() != kind) {
            throw error(peek(), expected);
        }
        return advance();
    }

    private RuleSyntaxException error(Token at, String expected) {
        return new RuleSyntaxException(source, at.column(), expected, at.describe());
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        return tokens.get(index++);
    }
}
