package io.atende.journey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An explicit rule a journey branches on, written so an auditor can read it:
 * {@code credito.score >= 700 and renda > 2 * parcela}, {@code credito.code in [701, 702]},
 * {@code not optin}, {@code cep starts_with "30"}. The grammar and the evaluation semantics are in
 * docs/journeys.md. A rule is parsed once, is immutable, and can be evaluated from many threads.
 *
 * <p>Numbers are exact decimals (0.1 + 0.2 == 0.3), and a text holding a plain number ("720", as tools often
 * send in JSON) compares as that number. A missing attribute is never silently false: only {@code x == null}
 * and {@code x != null} may look at it; anything else throws {@link RuleEvaluationException} with reason
 * {@code MISSING_VALUE}, so a misspelt path cannot quietly refuse (or grant) credit.
 */
public final class Rule {

    private final String source;
    private final Expr expr;

    private Rule(String source, Expr expr) {
        this.source = source;
        this.expr = expr;
    }

    /** Parses a rule; a mistake throws {@link RuleSyntaxException} naming the column and what was expected. */
    public static Rule parse(String source) {
        return new Rule(source, Parser.parse(source));
    }

    /**
     * Decides the rule on attributes and tool results. Values may be text, numbers (any {@link Number} of the JDK;
     * doubles by their shortest decimal text), booleans, null, lists, and maps for nested paths like
     * {@code credito.score}, which is how parsed tool JSON arrives.
     *
     * @throws RuleEvaluationException when a value is missing or of the wrong kind, or the rule is not true/false
     */
    public boolean test(Map<String, ?> facts) {
        Objects.requireNonNull(facts, "facts");
        return new Evaluator(facts).bool(expr);
    }

    /** The value of an expression (a tool parameter, say): a BigDecimal, String, Boolean, List or null. */
    Object value(Map<String, ?> facts) {
        return plain(new Evaluator(facts).eval(expr));
    }

    private static Object plain(RuleValue value) {
        return switch (value) {
            case null -> null;
            case RuleValue.Num n -> n.value();
            case RuleValue.Text t -> t.value();
            case RuleValue.Bool b -> b.value();
            case RuleValue.Nothing n -> null;
            case RuleValue.Items i -> i.values().stream().map(Rule::plain).toList();
            case RuleValue.Group g -> g.members();
        };
    }

    /** The attribute and tool-result paths the rule reads, in order of first use, e.g. {@code [credito.score, renda]}. */
    public Set<String> paths() {
        return new LinkedHashSet<>(paths(expr, new ArrayList<>()));
    }

    /** The rule as written. */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rule rule && rule.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }

    private static List<String> paths(Expr expr, List<String> out) {
        switch (expr) {
            case Expr.Path p -> out.add(p.name());
            case Expr.Not n -> paths(n.operand(), out);
            case Expr.Negate n -> paths(n.operand(), out);
            case Expr.Logical l -> paths(l.right(), paths(l.left(), out));
            case Expr.Arithmetic a -> paths(a.right(), paths(a.left(), out));
            case Expr.Comparison c -> paths(c.right(), paths(c.left(), out));
            case Expr.In in -> paths(in.options(), paths(in.value(), out));
            case Expr.StartsWith s -> paths(s.prefix(), paths(s.value(), out));
            case Expr.ListOf l -> l.items().forEach(item -> paths(item, out));
            case Expr.Literal l -> {
            }
        }
        return out;
    }
}
