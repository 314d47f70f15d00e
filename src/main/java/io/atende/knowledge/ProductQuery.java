package io.atende.knowledge;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product question: the words to match and an optional price range parsed from the customer's text.
 *
 * @param text     the words left once the price phrase is removed
 * @param minPrice lowest price wanted, or {@code null}
 * @param maxPrice highest price wanted, or {@code null}
 */
public record ProductQuery(String text, BigDecimal minPrice, BigDecimal maxPrice) {

    /** The lookahead stops backtracking into "1" of "12x", which would read as a price of 1. */
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d+(?:[,.]\\d{1,2})?)(?!\\d|[.,]\\d)(\\s*mil\\b)?";
    private static final String CURRENCY = "(?:r\\$\\s*)?";
    /** A number followed by one of these is a quantity (days, installments, litres), never a price. */
    private static final String NOT_A_UNIT = "(?!\\s*(?:dias?|vezes|x\\b|horas?|h\\b|meses|mes\\b|anos?|%|kg|gb|tb|"
            + "l\\b|litros?|pol|w\\b|v\\b|mah|pessoas|pecas|unidades|cm|mm|ml|bocas|fios)\\b)";
    private static final String UNIT = "\\s*(?:reais|real|conto|pila)?";
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:entre|de)\\s+" + CURRENCY + NUMBER + UNIT + "\\s+(?:e|a|ate)\\s+" + CURRENCY + NUMBER + NOT_A_UNIT + UNIT);
    private static final Pattern AT_MOST = Pattern.compile(
            "\\b(?:ate|abaixo de|menos de|no maximo|por no maximo|inferior a|max|maximo de)\\s+" + CURRENCY + NUMBER
                    + NOT_A_UNIT + UNIT);
    private static final Pattern AT_LEAST = Pattern.compile(
            "\\b(?:acima de|mais de|a partir de|pelo menos|no minimo|superior a)\\s+" + CURRENCY + NUMBER + NOT_A_UNIT + UNIT);

    /** Reads a price range ("até 300 reais", "ate R$ 1.500", "abaixo de 200", "entre 100 e 300") out of a question. */
    public static ProductQuery parse(String customerText) {
        String text = ChatNormalizer.fold(customerText);
        Matcher between = BETWEEN.matcher(text);
        if (between.find()) {
            BigDecimal a = amount(between.group(1), between.group(2));
            BigDecimal b = amount(between.group(3), between.group(4));
            return new ProductQuery(remove(text, between), a.min(b), a.max(b));
        }
        Matcher atMost = AT_MOST.matcher(text);
        if (atMost.find()) {
            return new ProductQuery(remove(text, atMost), null, amount(atMost.group(1), atMost.group(2)));
        }
        Matcher atLeast = AT_LEAST.matcher(text);
        if (atLeast.find()) {
            return new ProductQuery(remove(text, atLeast), amount(atLeast.group(1), atLeast.group(2)), null);
        }
        return new ProductQuery(text, null, null);
    }

    public boolean hasPriceRange() {
        return minPrice != null || maxPrice != null;
    }

    public boolean accepts(BigDecimal price) {
        return (minPrice == null || price.compareTo(minPrice) >= 0) && (maxPrice == null || price.compareTo(maxPrice) <= 0);
    }

    private static String remove(String text, Matcher m) {
        return (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
    }

    /** "1.500" and "1500" are thousands; "99,90" and "99.90" are cents; "2 mil" is 2000. */
    private static BigDecimal amount(String number, String thousands) {
        String plain;
        if (number.matches("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?")) {
            plain = number.replace(".", "").replace(',', '.');
        } else {
            plain = number.replace(',', '.');
        }
        BigDecimal value = new BigDecimal(plain);
        return thousands == null ? value : value.multiply(BigDecimal.valueOf(1000));
    }
}
