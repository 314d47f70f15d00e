package io.atende.journey;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A value a rule works with. Numbers are always {@link BigDecimal}, so 0.1 + 0.2 is exactly 0.3. */
sealed interface RuleValue {

    /** A text holding a plain decimal number, as tools often send numbers in JSON strings ("720", "1500.50"). */
    Pattern NUMERIC_TEXT = Pattern.compile("\\s*-?\\d+(\\.\\d+)?\\s*");

    record Num(BigDecimal value) implements RuleValue {
    }

    record Text(String value) implements RuleValue {
    }

    record Bool(boolean value) implements RuleValue {
    }

    /** No value: the literal {@code null}, a missing attribute (then {@code path} names it) or a JSON null. */
    record Nothing(String path) implements RuleValue {
    }

    record Items(List<RuleValue> values) implements RuleValue {
    }

    /** A group of values (a JSON object): only its members can be used, by path. */
    record Group(Map<?, ?> members) implements RuleValue {
    }

    /** Converts what attributes and parsed tool JSON hold; {@code null} means the type is not supported. */
    static RuleValue of(Object raw, String path) {
        return switch (raw) {
            case null -> new Nothing(path);
            case BigDecimal d -> new Num(d);
            case BigInteger i -> new Num(new BigDecimal(i));
            case Integer i -> new Num(BigDecimal.valueOf(i));
            case Long l -> new Num(BigDecimal.valueOf(l));
            case Short s -> new Num(BigDecimal.valueOf(s));
            // valueOf(double) goes through the shortest decimal text of the double, so 0.1 stays 0.1.
            case Double d when Double.isFinite(d) -> new Num(BigDecimal.valueOf(d));
            case Float f when Float.isFinite(f) -> new Num(new BigDecimal(f.toString()));
            case CharSequence s -> new Text(s.toString());
            case Boolean b -> new Bool(b);
            case Map<?, ?> m -> new Group(m);
            case Collection<?> c -> new Items(c.stream().map(item -> of(item, path)).toList());
            default -> null;
        };
    }

    /** How the value reads in an error message. */
    default String describe() {
        return switch (this) {
            case Num n -> "number " + n.value().toPlainString();
            case Text t -> "text \"" + t.value() + "\"";
            case Bool b -> String.valueOf(b.value());
            case Nothing n -> "no value";
            case Items i -> "a list";
            case Group g -> "a group of values";
        };
    }
}
