package io.atende.nlu.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities: "2 unidades", "3 un", "2x", "quero 3", "duas", "uma dúzia", "meia dúzia", "duas dúzias",
 * "um par". Zero, or more than the configured maximum, is invalid (usually a price typed in the wrong place).
 */
public final class QuantityExtractor implements Extractor<Quantity> {

    static final String RETRY = "quantity.invalid";

    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\d.,/\\-])(\\d{1,6})(?![\\d.,/\\-]\\d*)\\s*(x\\b|unidades?\\b|un\\b|und\\b|pecas?\\b|pcs?\\b|pc\\b"
                    + "|duzias?\\b|pares?\\b|caixas?\\b|kits?\\b|pacotes?\\b)?");
    private static final Pattern NOT_A_QUANTITY = Pattern.compile(
            "^\\s*(reais|real|conto|mil|k\\b|gb|tb|mah|w\\b|v\\b|kg|l\\b|cm|mm|polegadas|%|h\\b|horas|dias|de\\s+"
                    + "(jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez))");

    private final int max;

    public QuantityExtractor() {
        this(999);
    }

    public QuantityExtractor(int max) {
        this.max = max;
    }

    @Override
    public Extracted<Quantity> extract(String text) {
        String t = Texts.fold(text).replace("meia duzia", "6 unidades");
        if (t.contains("r$")) {
            t = t.replaceAll("r\\$\\s*[\\d.,]+", " ");
        }
        Matcher m = DIGITS.matcher(t);
        while (m.find()) {
            if (NOT_A_QUANTITY.matcher(t.substring(m.end(1))).find()) {
                continue;
            }
            return check(Long.parseLong(m.group(1)) * multiplier(m.group(2)));
        }
        List<String> words = Arrays.stream(t.split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
        for (NumberWords.Span span : NumberWords.find(words)) {
            String unit = span.end() < words.size() ? words.get(span.end()) : null;
            if (unit != null && (unit.equals("reais") || unit.equals("real") || unit.startsWith("conto"))) {
                continue;
            }
            return check(span.value() * multiplier(unit));
        }
        for (String w : words) {
            if (w.equals("duzia") || w.equals("par")) {
                return check(multiplier(w));
            }
        }
        return Extracted.absent();
    }

    private static long multiplier(String unit) {
        if (unit == null) {
            return 1;
        }
        if (unit.startsWith("duzia")) {
            return 12;
        }
        return unit.startsWith("par") ? 2 : 1;
    }

    private Extracted<Quantity> check(long count) {
        if (count < 1 || count > max) {
            return Extracted.invalid(count < 1 ? "zero" : "more than " + max, RETRY);
        }
        Quantity quantity = new Quantity((int) count);
        return Extracted.valid(quantity, Long.toString(count));
    }
}
