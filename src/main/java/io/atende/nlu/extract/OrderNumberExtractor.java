package io.atende.nlu.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Order numbers in a store-configurable shape. The default takes an optional prefix of 2–4 letters and 6–10
 * digits ("AUR-123456", "aur 123456", "#4821937", "pedido 48219370"), normalized to upper case with a dash. A
 * Correios tracking code (AB123456789BR) is not an order number. A number next to the word "pedido" that is
 * too short or too long is invalid, so the customer is asked to check it.
 */
public final class OrderNumberExtractor implements Extractor<OrderNumber> {

    static final String RETRY = "order.invalid";

    /** Groups "prefix" (optional) and "digits". */
    public static final Pattern DEFAULT = Pattern.compile(
            "(?<![\\w.\\-/])#?(?:(?<prefix>[A-Za-z]{2,4})[- ]?)?(?<digits>\\d{6,10})(?![\\w/]|[.,\\-]\\d)");
    private static final Pattern NEAR_MISS = Pattern.compile(
            "\\bpedido\\b\\D{0,15}?#?(?:[a-z]{2,4}-?)?(\\d{1,5}|\\d{11,})\\b");
    private static final Pattern TRACKING_CODE = Pattern.compile("\\b[a-z]{2}\\d{9}[a-z]{2}\\b");

    private final Pattern pattern;

    public OrderNumberExtractor() {
        this(DEFAULT);
    }

    /**
     * @param pattern the store's order number; named groups "prefix" and "digits" are joined as "PREFIX-DIGITS",
     *                otherwise the whole match is used, upper case and without spaces
     */
    public OrderNumberExtractor(Pattern pattern) {
        this.pattern = pattern;
    }

    public static OrderNumberExtractor withPattern(String regex) {
        return new OrderNumberExtractor(Pattern.compile(regex));
    }

    @Override
    public Extracted<OrderNumber> extract(String text) {
        String input = text == null ? "" : text;
        String withoutTracking = TRACKING_CODE.matcher(input.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Matcher m = pattern.matcher(input);
        while (m.find()) {
            String matched = m.group().toLowerCase(Locale.ROOT);
            if (!withoutTracking.contains(matched)) {
                continue;
            }
            String value = normalize(m);
            return Extracted.valid(new OrderNumber(value), value);
        }
        if (NEAR_MISS.matcher(Texts.fold(withoutTracking)).find()) {
            return Extracted.invalid("too short or too long", RETRY);
        }
        return Extracted.absent();
    }

    private static String normalize(Matcher m) {
        try {
            String digits = m.group("digits");
            String prefix = m.group("prefix");
            return prefix == null ? digits : prefix.toUpperCase(Locale.ROOT) + "-" + digits;
        } catch (IllegalArgumentException noNamedGroups) {
            return m.group().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        }
    }
}
