package io.atende.nlu.extract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in reais: "R$ 1.299,90", "R$1299,90", "1299.90", "1,299.90", "R$ 50", "50 reais", "50 conto",
 * "1,2 mil", "2k", "2 mil e quinhentos", "mil e duzentos", "duzentos e cinquenta reais", "cem reais e
 * cinquenta centavos". An amount marked as money (R$, reais, mil) wins over a bare number in the same message.
 */
public final class MoneyExtractor implements Extractor<Money> {

    static final String RETRY = "money.invalid";

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d{1,3}(?:,\\d{3})+\\.\\d{1,2}"
            + "|\\d+,\\d{1,2}|\\d+\\.\\d{1,2}|\\d+";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d/.,\\-])(r\\$\\s*)?(" + NUMBER + ")(?![\\d/\\-]|[.,]\\d)\\s*(mil\\b|k\\b)?\\s*(reais|real|conto|contos"
                    + "|pila|pilas|centavos)?\\b");
    private static final Pattern BARE_CURRENCY = Pattern.compile("r\\$(?!\\s*\\d)");
    private static final Set<String> CURRENCY = Set.of("reais", "real", "conto", "contos", "pila", "pilas");

    @Override
    public Extracted<Money> extract(String text) {
        String t = Texts.fold(text);
        Matcher m = AMOUNT.matcher(t);
        BigDecimal bare = null;
        while (m.find()) {
            BigDecimal value = parse(m.group(2));
            boolean scaled = m.group(3) != null;
            if (scaled) {
                value = value.multiply(BigDecimal.valueOf(1000)).add(trailingWords(t.substring(m.end())));
            }
            if ("centavos".equals(m.group(4))) {
                value = value.movePointLeft(2);
            }
            if (m.group(1) != null || scaled || m.group(4) != null) {
                return found(value);
            }
            if (bare == null) {
                bare = value;
            }
        }
        Extracted<Money> words = fromWords(t);
        if (words.isValid() || BARE_CURRENCY.matcher(t).find() && bare == null) {
            return words.isValid() ? words : Extracted.invalid("R$ without an amount", RETRY);
        }
        return bare != null ? found(bare) : Extracted.absent();
    }

    /** "2 mil e quinhentos": the words after the scale. */
    private static BigDecimal trailingWords(String rest) {
        List<String> words = words(rest);
        if (words.size() >= 2 && words.get(0).equals("e")) {
            List<NumberWords.Span> spans = NumberWords.find(words.subList(1, words.size()));
            if (!spans.isEmpty() && spans.get(0).start() == 0 && spans.get(0).value() < 1000) {
                return BigDecimal.valueOf(spans.get(0).value());
            }
        }
        return BigDecimal.ZERO;
    }

    private static Extracted<Money> fromWords(String folded) {
        List<String> words = words(folded);
        NumberWords.Span best = null;
        boolean bestMarked = false;
        for (NumberWords.Span span : NumberWords.find(words)) {
            boolean marked = span.end() < words.size() && CURRENCY.contains(words.get(span.end()));
            boolean single = span.end() - span.start() == 1 && span.value() < 10;
            if (marked && !bestMarked || best == null && !single) {
                best = span;
                bestMarked = marked;
            }
        }
        if (best == null) {
            return Extracted.absent();
        }
        BigDecimal value = BigDecimal.valueOf(best.value());
        int next = best.end() + (bestMarked ? 1 : 0);
        if (next + 2 < words.size() && words.get(next).equals("e")) {
            List<NumberWords.Span> cents = NumberWords.find(words.subList(next + 1, words.size()));
            if (!cents.isEmpty() && cents.get(0).start() == 0 && cents.get(0).value() < 100
                    && next + 1 + cents.get(0).end() < words.size()
                    && words.get(next + 1 + cents.get(0).end()).equals("centavos")) {
                value = value.add(BigDecimal.valueOf(cents.get(0).value()).movePointLeft(2));
            }
        }
        return found(value);
    }

    private static List<String> words(String folded) {
        return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** "1.299,90", "1,299.90", "1299.90", "1.299" (thousands), "1,2" (decimal). */
    static BigDecimal parse(String number) {
        if (number.matches("\\d{1,3}(,\\d{3})+\\.\\d{1,2}")) {
            return new BigDecimal(number.replace(",", ""));
        }
        if (number.contains(",")) {
            return new BigDecimal(number.replace(".", "").replace(',', '.'));
        }
        if (number.matches("\\d{1,3}(\\.\\d{3})+")) {
            return new BigDecimal(number.replace(".", ""));
        }
        return new BigDecimal(number);
    }

    private static Extracted<Money> found(BigDecimal value) {
        Money money = new Money(value);
        return Extracted.valid(money, money.formatted());
    }
}
