package io.atende.journey;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What rules and message templates of a journey read: the conversation's attributes and the journey's tool answers.
 * Attributes are kept as text; {@code true}/{@code false} (yes/no answers, consents) become booleans here so that
 * {@code not autoriza_consulta} decides, and numbers stay text, which rules already read as numbers.
 */
final class Facts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*}}");

    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, String> shown;
    private final java.util.function.UnaryOperator<String> money;

    /**
     * @param structured attributes rules read as groups of fields (a product kept by its id), in place of the text
     * @param shown      captured values as messages show them ("1.500,00" for the money kept as 1500.00)
     * @param money       how an amount (a plain decimal text) reads in messages: a number with a fraction in a tool
     *                    answer ({@code "valor": 1898.1}) is an amount of money, and "R$ 1898.1" is no way to write one
     */
    Facts(Map<String, String> attributes, Map<String, Object> structured, Map<String, Object> results,
          Map<String, String> shown, java.util.function.UnaryOperator<String> money) {
        this.shown = shown;
        this.money = money;
        attributes.forEach((name, value) -> values.put(name, switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> value;
        }));
        values.putAll(structured);
        values.putAll(results);
    }

    Map<String, Object> asMap() {
        return values;
    }

    /**
     * Fills {@code {{name}}} and {@code {{result.field}}} placeholders; a value nobody captured renders as empty
     * text, as the pack's other templates do, so a message never shows a raw placeholder to a customer.
     */
    String render(String template) {
        if (template == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object raw = lookup(name);
            String value = shown.containsKey(name) ? shown.get(name)
                    : fractional(raw) ? money.apply(text(raw)) : text(raw);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Object lookup(String path) {
        Object current = values;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    /**
     * A number written with decimals (1898.1, or 1139.00 when the JSON keeps its scale): whole numbers are counts,
     * codes and days (10, 720).
     */
    private static boolean fractional(Object value) {
        return switch (value) {
            case Double d when Double.isFinite(d) -> d != Math.rint(d);
            case Float f when Float.isFinite(f) -> f != Math.rint(f);
            case BigDecimal b -> b.scale() > 0;
            case null, default -> false;
        };
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
            case BigDecimal b -> b.toPlainString();
            case List<?> list -> String.join(", ", list.stream().map(Facts::text).toList());
            default -> value.toString();
        };
    }
}
