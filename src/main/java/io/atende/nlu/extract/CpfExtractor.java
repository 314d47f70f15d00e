package io.atende.nlu.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPF with or without punctuation ("123.456.789-09", "12345678909", "123 456 789 09"). Check digits are
 * verified (mod 11, weights 10..2 and 11..2) and the eleven repeated-digit numbers, which pass the check
 * but are never issued, are rejected.
 */
public final class CpfExtractor implements Extractor<Cpf> {

    static final String RETRY = "cpf.invalid";
    static final String RETRY_LENGTH = "cpf.length";

    /** A run of digits with optional dot, dash or space separators, not glued to other digits. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d.\\-/])\\d[\\d.\\- ]{6,16}\\d(?![\\d/])");

    @Override
    public Extracted<Cpf> extract(String text) {
        Matcher m = CANDIDATE.matcher(text == null ? "" : text);
        Extracted<Cpf> firstInvalid = null;
        while (m.find()) {
            String digits = Texts.digits(m.group());
            if (digits.length() == 11) {
                if (isValid(digits)) {
                    Cpf cpf = new Cpf(digits);
                    return Extracted.valid(cpf, cpf.formatted());
                }
                if (firstInvalid == null) {
                    firstInvalid = Extracted.invalid(Texts.allSame(digits) ? "repeated digits" : "wrong check digit",
                            RETRY);
                }
            } else if ((digits.length() == 10 || digits.length() == 12) && firstInvalid == null
                    && m.group().matches("\\d{3}\\.\\d{3}\\.\\d{3,4}-?\\d{1,2}|\\d{3}\\.\\d{2,3}\\.\\d{3}-\\d{2}")) {
                firstInvalid = Extracted.invalid(digits.length() + " digits", RETRY_LENGTH);
            }
        }
        return firstInvalid != null ? firstInvalid : Extracted.absent();
    }

    /** True for 11 digits with correct check digits that are not all the same digit. */
    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{11}") || Texts.allSame(digits)) {
            return false;
        }
        return checkDigit(digits, 9) == digits.charAt(9) - '0' && checkDigit(digits, 10) == digits.charAt(10) - '0';
    }

    private static int checkDigit(String digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += (digits.charAt(i) - '0') * (length + 1 - i);
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }
}
