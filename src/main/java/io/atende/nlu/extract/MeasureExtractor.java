package io.atende.nlu.extract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decimal numbers with an optional unit, for answers like "8kg", "8,5 kg", "ele tem 12 quilos", "1.500 g",
 * "1,75 m", "oito e meio". The decimal comma and the thousands dot are read the Brazilian way; "8.5" is read as
 * eight and a half (a dot followed by exactly three digits is a thousands separator). Unlike
 * {@link QuantityExtractor}, a unit never disqualifies the number: the question says which measure it asks for.
 */
public final class MeasureExtractor implements Extractor<Measure> {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\d])\\s*([a-z]{1,12})?");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public Extracted<Measure> extract(String text) {
        String t = Texts.fold(text);
        Matcher m = NUMBER.matcher(t);
        if (m.find()) {
            return valid(parse(m.group(1)), m.group(2));
        }
        List<String> words = Arrays.stream(t.split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
        for (NumberWords.Span span : NumberWords.find(words)) {
            BigDecimal value = BigDecimal.valueOf(span.value());
            int next = span.end();
            String unit = next < words.size() && !words.get(next).equals("e") ? words.get(next) : null;
            if (unit != null) {
                next++;
            }
            // "oito e meio", "oito quilos e meio"
            if (next + 1 < words.size() && words.get(next).equals("e")
                    && (words.get(next + 1).equals("meio") || words.get(next + 1).equals("meia"))) {
                value = value.add(HALF);
            }
            return valid(value, unit);
        }
        return Extracted.absent();
    }

    /** "1.500,75" -> 1500.75; "1.500" -> 1500; "8,5" and "8.5" -> 8.5. */
    static BigDecimal parse(String digits) {
        if (digits.contains(",")) {
            return new BigDecimal(digits.replace(".", "").replace(',', '.'));
        }
        if (digits.matches("\\d{1,3}(\\.\\d{3})+")) {
            return new BigDecimal(digits.replace(".", ""));
        }
        return new BigDecimal(digits);
    }

    private static Extracted<Measure> valid(BigDecimal value, String unit) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return Extracted.valid(new Measure(plain, unit), plain.toPlainString());
    }
}
