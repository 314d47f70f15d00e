package io.atende.nlu.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brazilian phone numbers: "+55 (11) 98765-4321", "5511987654321", "(11) 3456-7890", "11 98765 4321",
 * "011 98765-4321", and mobiles written without the ninth digit ("(11) 8765-4321"), which get it back. The DDD
 * must be a real one. A number without DDD is accepted only when a default DDD is known (for instance from the
 * customer's WhatsApp number); otherwise the customer is asked for it.
 */
public final class PhoneExtractor implements Extractor<Phone> {

    static final String RETRY = "phone.invalid";
    static final String RETRY_DDD = "phone.ddd_unknown";
    static final String RETRY_MISSING_DDD = "phone.ddd_missing";

    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\w.])\\+?\\(?\\d[\\d()\\s.\\-]{6,20}\\d(?![\\w/])");
    private static final Pattern CPF_SHAPE = Pattern.compile("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}");

    private final Optional<String> defaultDdd;

    public PhoneExtractor() {
        this(null);
    }

    /** @param defaultDdd the DDD to assume for numbers written without one, or {@code null} to ask for it */
    public PhoneExtractor(String defaultDdd) {
        if (defaultDdd != null && !Ddd.exists(defaultDdd)) {
            throw new IllegalArgumentException("unknown DDD " + defaultDdd);
        }
        this.defaultDdd = Optional.ofNullable(defaultDdd);
    }

    @Override
    public Extracted<Phone> extract(String text) {
        Matcher m = CANDIDATE.matcher(text == null ? "" : text);
        Extracted<Phone> firstInvalid = null;
        while (m.find()) {
            String raw = m.group().strip();
            if (CPF_SHAPE.matcher(raw).matches()) {
                continue;
            }
            Extracted<Phone> result = parse(raw);
            if (result.isValid()) {
                return result;
            }
            if (firstInvalid == null && result instanceof Extracted.Invalid<Phone>) {
                firstInvalid = result;
            }
        }
        return firstInvalid != null ? firstInvalid : Extracted.absent();
    }

    private Extracted<Phone> parse(String raw) {
        String digits = Texts.digits(raw);
        boolean international = raw.startsWith("+");
        if (digits.startsWith("55") && (digits.length() == 12 || digits.length() == 13)) {
            digits = digits.substring(2);
        } else if (international) {
            return Extracted.invalid("not a Brazilian number", RETRY);
        } else if (digits.startsWith("0") && (digits.length() == 11 || digits.length() == 12)) {
            digits = digits.substring(1);
        }
        String local = digits;
        return switch (local.length()) {
            case 10, 11 -> withDdd(local.substring(0, 2), local.substring(2));
            case 8, 9 -> defaultDdd.map(ddd -> withDdd(ddd, local))
                    .orElseGet(() -> Extracted.invalid("no DDD", RETRY_MISSING_DDD));
            default -> Extracted.absent();
        };
    }

    private static Extracted<Phone> withDdd(String ddd, String local) {
        if (!Ddd.exists(ddd)) {
            return Extracted.invalid("DDD " + ddd + " does not exist", RETRY_DDD);
        }
        String number;
        if (local.length() == 9 && local.charAt(0) == '9') {
            number = local;
        } else if (local.length() == 8 && local.charAt(0) >= '6') {
            number = "9" + local;  // a mobile written without the ninth digit, mandatory everywhere since 2016
        } else if (local.length() == 8 && local.charAt(0) >= '2') {
            number = local;
        } else {
            return Extracted.invalid("not a mobile or landline number", RETRY);
        }
        Phone phone = new Phone(ddd, number);
        return Extracted.valid(phone, phone.e164());
    }
}
