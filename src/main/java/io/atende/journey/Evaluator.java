package io.atende.journey;

import io.atende.journey.RuleEvaluationException.Reason;
import io.atende.journey.RuleValue.Bool;
import io.atende.journey.RuleValue.Group;
import io.atende.journey.RuleValue.Items;
import io.atende.journey.RuleValue.Nothing;
import io.atende.journey.RuleValue.Num;
import io.atende.journey.RuleValue.Text;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/** Evaluates a parsed rule against attributes and tool results. Semantics are documented in docs/journeys.md. */
final class Evaluator {

    private final Map<String, ?> facts;

    Evaluator(Map<String, ?> facts) {
        this.facts = facts;
    }

    RuleValue eval(Expr expr) {
        return switch (expr) {
            case Expr.Literal l -> l.value();
            case Expr.Path p -> resolve(p);
            case Expr.Not n -> new Bool(!bool(n.operand()));
            case Expr.Negate n -> new Num(number(eval(n.operand()), n.operand()).negate());
            // Short-circuit, so "credito.score != null and credito.score >= 700" never reads a missing score.
            case Expr.Logical l when l.and() -> new Bool(bool(l.left()) && bool(l.right()));
            case Expr.Logical l -> new Bool(bool(l.left()) || bool(l.right()));
            case Expr.Arithmetic a -> arithmetic(a);
            case Expr.Comparison c -> new Bool(compare(c));
            case Expr.In in -> new Bool(in.negated() != contains(in));
            case Expr.StartsWith s -> new Bool(text(eval(s.value()), s.value()).startsWith(text(eval(s.prefix()), s.prefix())));
            case Expr.ListOf l -> new Items(l.items().stream().map(this::eval).toList());
        };
    }

    boolean bool(Expr expr) {
        return switch (eval(expr)) {
            case Bool b -> b.value();
            case Nothing n -> throw missing(n);
            case RuleValue other -> throw wrongType(expr, other, "true or false");
        };
    }

    private RuleValue resolve(Expr.Path p) {
        Object current = facts;
        String walked = "";
        for (String part : p.parts()) {
            if (!(current instanceof Map<?, ?> map)) {
                throw new RuleEvaluationException(Reason.WRONG_TYPE, walked, "'" + walked + "' is "
                        + describe(current, walked) + ", it has no '" + part + "'");
            }
            walked = walked.isEmpty() ? part : walked + "." + part;
            current = map.get(part);
            if (current == null) {
                return new Nothing(walked);
            }
        }
        RuleValue value = RuleValue.of(current, p.name());
        if (value == null) {
            throw new RuleEvaluationException(Reason.WRONG_TYPE, p.name(), "'" + p.name() + "' holds a "
                    + current.getClass().getSimpleName() + ", which rules cannot read (use text, number or true/false)");
        }
        return value;
    }

    private RuleValue arithmetic(Expr.Arithmetic a) {
        BigDecimal left = number(eval(a.left()), a.left());
        BigDecimal right = number(eval(a.right()), a.right());
        return new Num(switch (a.operator()) {
            case '+' -> left.add(right);
            case '-' -> left.subtract(right);
            case '*' -> left.multiply(right);
            default -> {
                if (right.signum() == 0) {
                    throw new RuleEvaluationException(Reason.DIVISION_BY_ZERO, pathOf(a.right()),
                            "division by zero at column " + a.column());
                }
                yield left.divide(right, MathContext.DECIMAL128);
            }
        });
    }

    private boolean compare(Expr.Comparison c) {
        RuleValue left = eval(c.left());
        RuleValue right = eval(c.right());
        return switch (c.operator()) {
            case EQ -> same(left, right, c);
            case NE -> !same(left, right, c);
            default -> {
                int order = number(left, c.left()).compareTo(number(right, c.right()));
                yield switch (c.operator()) {
                    case LT -> order < 0;
                    case LE -> order <= 0;
                    case GT -> order > 0;
                    default -> order >= 0;
                };
            }
        };
    }

    /**
     * Equality. Only here may a missing value be looked at, and only against {@code null}; a number equals a text
     * holding the same number ("720" == 720); other different kinds are simply not equal.
     */
    private boolean same(RuleValue left, RuleValue right, Expr.Comparison c) {
        if (left instanceof Nothing || right instanceof Nothing) {
            if (left instanceof Nothing l && right instanceof Nothing r) {
                return true;
            }
            Nothing missing = (Nothing) (left instanceof Nothing ? left : right);
            if (missing.path() == null) {
                return false; // a present value compared with the literal null
            }
            throw missing(missing);
        }
        return equal(left, right, c);
    }

    private boolean equal(RuleValue left, RuleValue right, Expr at) {
        return switch (left) {
            case Num a when right instanceof Num b -> a.value().compareTo(b.value()) == 0;
            case Num a when right instanceof Text b -> numeric(b) && a.value().compareTo(new BigDecimal(b.value().strip())) == 0;
            case Text a when right instanceof Num b -> numeric(a) && b.value().compareTo(new BigDecimal(a.value().strip())) == 0;
            case Text a when right instanceof Text b -> a.value().equals(b.value());
            case Bool a when right instanceof Bool b -> a.value() == b.value();
            case Items i -> throw wrongType(at, left, "a single value");
            case Group g -> throw wrongType(at, left, "a single value (name one of its members)");
            default -> right instanceof Items || right instanceof Group ? equal(right, left, at) : false;
        };
    }

    private boolean contains(Expr.In in) {
        RuleValue value = eval(in.value());
        if (value instanceof Nothing n) {
            throw missing(n);
        }
        RuleValue options = eval(in.options());
        if (!(options instanceof Items items)) {
            throw options instanceof Nothing n ? missing(n) : wrongType(in.options(), options, "a list");
        }
        for (RuleValue option : items.values()) {
            if (option != null && !(option instanceof Nothing) && equal(value, option, in)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal number(RuleValue value, Expr at) {
        return switch (value) {
            case Num n -> n.value();
            case Text t when numeric(t) -> new BigDecimal(t.value().strip());
            case Nothing n -> throw missing(n);
            default -> throw wrongType(at, value, "a number");
        };
    }

    private static String text(RuleValue value, Expr at) {
        return switch (value) {
            case Text t -> t.value();
            // A CEP or code sent as a JSON number still starts with its digits.
            case Num n -> n.value().toPlainString();
            case Nothing n -> throw missing(n);
            default -> throw wrongType(at, value, "a text");
        };
    }

    private static boolean numeric(Text t) {
        return RuleValue.NUMERIC_TEXT.matcher(t.value()).matches();
    }

    private static RuleEvaluationException missing(Nothing n) {
        return new RuleEvaluationException(Reason.MISSING_VALUE, n.path(), n.path() == null
                ? "null used where a value is needed" : "'" + n.path() + "' has no value");
    }

    private static RuleEvaluationException wrongType(Expr at, RuleValue found, String expected) {
        String path = pathOf(at);
        return new RuleEvaluationException(Reason.WRONG_TYPE, path, "expected " + expected + " at column " + at.column()
                + (path == null ? "" : " ('" + path + "')") + ", found " + found.describe());
    }

    private static String pathOf(Expr expr) {
        return expr instanceof Expr.Path p ? p.name() : null;
    }

    private static String describe(Object raw, String path) {
        RuleValue value = RuleValue.of(raw, path);
        return value == null ? "a " + raw.getClass().getSimpleName() : value.describe();
    }
}
