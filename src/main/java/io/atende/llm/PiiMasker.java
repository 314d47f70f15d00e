package io.atende.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces CPFs, CNPJs, e-mail addresses, phone numbers and card numbers with placeholders ({@code [CPF_1]}) before
 * text leaves the process, and puts the real values back into what the model answers. The model can still say
 * "seu CPF [CPF_1] foi confirmado" or pass {@code [CPF_1]} to a tool, and the customer and the tool see the value;
 * the provider never does. One masker serves one call, so the numbering is stable within it.
 */
final class PiiMasker {

    private record Kind(String label, Pattern pattern) {
    }

    // order matters: an e-mail may hold digits, a CNPJ is longer than a CPF, a card longer than both
    private static final List<Kind> KINDS = List.of(
            new Kind("EMAIL", Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}")),
            new Kind("CARTAO", Pattern.compile("(?<![\\d.,])(?:\\d[ -]?){12,18}\\d(?!\\d|[.,]\\d)")),
            new Kind("CNPJ", Pattern.compile("(?<![\\w.,/-])[0-9A-Z]{2}\\.?[0-9A-Z]{3}\\.?[0-9A-Z]{3}/?[0-9A-Z]{4}-?\\d{2}(?![\\w/-])")),
            new Kind("CPF", Pattern.compile("(?<![\\d.,/-])\\d{3}\\.?\\d{3}\\.?\\d{3}-?\\d{2}(?![\\d/-]|[.,]\\d)")),
            new Kind("TELEFONE", Pattern.compile(
                    "(?<![\\d.,])(?:\\+?55[ -]?)?(?:\\(?\\d{2}\\)?[ -]?)?(?:9[ .-]?)?\\d{4}[ .-]?\\d{4}(?!\\d|[.,]\\d)")));

    private final Set<String> keepClear;
    private final Map<String, String> placeholderToValue = new LinkedHashMap<>();
    private final Map<String, String> valueToPlaceholder = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new LinkedHashMap<>();

    /** @param keepClear values a tool of this call needs in clear; they are sent as written */
    PiiMasker(Set<String> keepClear) {
        this.keepClear = keepClear;
    }

    /** The text with every personal datum replaced by its placeholder. */
    String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Kind kind : KINDS) {
            out = replace(out, kind);
        }
        return out;
    }

    /** The text with every placeholder this masker made replaced by its value. */
    String unmask(String text) {
        if (text == null || placeholderToValue.isEmpty() || text.indexOf('[') < 0) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, String> e : placeholderToValue.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    /** How many values were masked so far. */
    int masked() {
        return placeholderToValue.size();
    }

    private String replace(String text, Kind kind) {
        Matcher m = kind.pattern().matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String value = m.group();
            if (keepClear.contains(value) || !plausible(kind.label(), value)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(placeholder(kind.label(), value));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private String placeholder(String label, String value) {
        return valueToPlaceholder.computeIfAbsent(value, v -> {
            int n = counters.merge(label, 1, Integer::sum);
            String p = "[" + label + "_" + n + "]";
            placeholderToValue.put(p, v);
            return p;
        });
    }

    private static boolean plausible(String label, String value) {
        String digits = value.replaceAll("\\D", "");
        return switch (label) {
            case "CARTAO" -> digits.length() >= 13 && luhn(digits);
            case "CNPJ" -> value.replaceAll("[^0-9A-Z]", "").length() == 14 && value.matches(".*\\d.*\\d.*");
            case "TELEFONE" -> digits.length() >= 8;
            default -> true;
        };
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
