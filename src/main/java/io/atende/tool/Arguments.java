package io.atende.tool;

import io.atende.nlu.extract.CnpjExtractor;
import io.atende.nlu.extract.CpfExtractor;
import io.atende.pack.ToolDefinition;
import io.atende.pack.ToolParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks the arguments of a call against the tool's declared parameters and turns each into the value sent:
 * digits only for CPF, CNPJ and CEP, a number for number parameters. Messages name the parameter and the problem,
 * never the value, which is often personal data.
 */
final class Arguments {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ORDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]{0,39}");
    /** A plain decimal, or Java's own text of a BigDecimal ({@code 1E+3}) if a caller passes one through. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d{1,3})?");
    private static final Pattern BRAZILIAN_DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+,\\d+");
    private static final int MAX_TEXT = 2_000;

    /** The outcome of the check: the values to send, or the first problem. */
    sealed interface Checked {
        record Valid(Map<String, Object> values) implements Checked {
        }

        record Invalid(String message) implements Checked {
        }
    }

    private Arguments() {
    }

    static Checked check(ToolDefinition tool, Map<String, String> arguments) {
        Map<String, String> given = new LinkedHashMap<>();
        arguments.forEach((k, v) -> {
            if (k != null && v != null) {
                given.put(k, v.strip());
            }
        });
        TreeSet<String> unknown = new TreeSet<>(given.keySet());
        tool.parameters().forEach(p -> unknown.remove(p.name()));
        if (!unknown.isEmpty()) {
            return new Checked.Invalid("tool '" + tool.name() + "' has no parameter '" + unknown.first() + "'");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ToolParameter p : tool.parameters()) {
            String raw = given.get(p.name());
            if (raw == null || raw.isEmpty()) {
                if (p.required()) {
                    return new Checked.Invalid("parameter '" + p.name() + "' is required");
                }
                continue;
            }
            Optional<Object> value = convert(p, raw);
            if (value.isEmpty()) {
                return new Checked.Invalid("parameter '" + p.name() + "' is not a valid " + p.type().yamlName());
            }
            values.put(p.name(), value.get());
        }
        return new Checked.Valid(values);
    }

    private static Optional<Object> convert(ToolParameter p, String raw) {
        String digits = raw.replaceAll("[.\\-/\\s]", "");
        return switch (p.type()) {
            case TEXT -> raw.length() <= MAX_TEXT ? Optional.of(raw) : Optional.empty();
            case NUMBER -> number(raw).map(n -> (Object) n);
            case INTEGER -> number(raw).filter(n -> n.stripTrailingZeros().scale() <= 0)
                    .map(n -> (Object) n.longValueExact());
            case BOOLEAN -> bool(raw);
            case CPF -> CpfExtractor.isValid(digits) ? Optional.of(digits) : Optional.empty();
            case CNPJ -> CnpjExtractor.isValid(digits.toUpperCase(Locale.ROOT))
                    ? Optional.of(digits.toUpperCase(Locale.ROOT)) : Optional.empty();
            case CEP -> digits.matches("\\d{8}") ? Optional.of(digits) : Optional.empty();
            case EMAIL -> EMAIL.matcher(raw).matches() && raw.length() <= 254
                    ? Optional.of(raw.toLowerCase(Locale.ROOT)) : Optional.empty();
            case ORDER_NUMBER -> {
                String order = raw.startsWith("#") ? raw.substring(1) : raw;
                yield ORDER.matcher(order).matches() ? Optional.of(order) : Optional.empty();
            }
            case DATE -> date(raw);
        };
    }

    private static Optional<BigDecimal> number(String raw) {
        String plain = DECIMAL.matcher(raw).matches() ? raw
                : BRAZILIAN_DECIMAL.matcher(raw).matches() ? raw.replace(".", "").replace(',', '.') : null;
        try {
            BigDecimal n = plain == null ? null : new BigDecimal(plain);
            return Optional.ofNullable(n).map(d -> d.scale() < 0 ? d.setScale(0) : d); // 1E+3 is sent as 1000
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> bool(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "sim" -> Optional.of(true);
            case "false", "não", "nao" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<Object> date(String raw) {
        try {
            return Optional.of(LocalDate.parse(raw).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
