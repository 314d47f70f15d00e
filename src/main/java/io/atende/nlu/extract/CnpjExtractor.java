package io.atende.nlu.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CNPJ with or without punctuation, numeric ("12.345.678/0001-95") or alphanumeric ("12.ABC.345/01DE-35"):
 * twelve characters from 0-9 and A-Z, then two numeric check digits. Each character counts as its ASCII code
 * minus 48 (so digits keep their value and 'A' is 17), with the classic weights 5..2,9..2 and 6..2,9..2, mod 11.
 */
public final class CnpjExtractor implements Extractor<Cnpj> {

    static final String RETRY = "cnpj.invalid";

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])([0-9A-Za-z]{2})\\.?([0-9A-Za-z]{3})\\.?([0-9A-Za-z]{3})[/ ]?([0-9A-Za-z]{4})[- ]?(\\d{2})"
                    + "(?![0-9A-Za-z])");
    private static final int[] FIRST = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] SECOND = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    @Override
    public Extracted<Cnpj> extract(String text) {
        Matcher m = CANDIDATE.matcher(text == null ? "" : text);
        Extracted<Cnpj> firstInvalid = null;
        while (m.find()) {
            String value = (m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5)).toUpperCase(Locale.ROOT);
            if (!looksLikeCnpj(m.group(), value)) {
                continue;
            }
            if (isValid(value)) {
                Cnpj cnpj = new Cnpj(value);
                return Extracted.valid(cnpj, cnpj.formatted());
            }
            if (firstInvalid == null) {
                firstInvalid = Extracted.invalid(Texts.allSame(value) ? "repeated digits" : "wrong check digit", RETRY);
            }
        }
        return firstInvalid != null ? firstInvalid : Extracted.absent();
    }

    /** A bare 14-letter word ending in two digits is not a CNPJ: letters need the punctuation or some digits. */
    private static boolean looksLikeCnpj(String raw, String value) {
        long letters = value.chars().filter(Character::isLetter).count();
        boolean punctuated = raw.contains("/") || raw.contains(".");
        return letters == 0 || punctuated || value.chars().filter(Character::isDigit).count() >= 6;
    }

    /** True for 12 characters in [0-9A-Z] and two correct numeric check digits, not all the same character. */
    public static boolean isValid(String value) {
        if (value == null || !value.matches("[0-9A-Z]{12}\\d{2}") || Texts.allSame(value)) {
            return false;
        }
        return checkDigit(value, FIRST) == value.charAt(12) - '0' && checkDigit(value, SECOND) == value.charAt(13) - '0';
    }

    /** The check digit over the first {@code weights.length} characters. */
    static int checkDigit(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (value.charAt(i) - 48) * weights[i];
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
