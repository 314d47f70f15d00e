package io.atende.nlu.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CEP as "01310-100", "01310100" or "01.310-100". Seven or nine digits, or the shape "01310-10", are invalid:
 * usually a digit lost or added while typing.
 */
public final class CepExtractor implements Extractor<Cep> {

    static final String RETRY = "cep.invalid";

    private static final Pattern CEP = Pattern.compile("(?<![\\d.\\-])(\\d{2})\\.?(\\d{3})-?(\\d{3})(?![\\d\\-])");
    private static final Pattern NEAR_MISS = Pattern.compile(
            "(?<![\\d.\\-])(\\d{5}-\\d{2,4}|\\d{2}\\.\\d{3}-\\d{2,4}|\\d{7}|\\d{9})(?![\\d\\-])");

    @Override
    public Extracted<Cep> extract(String text) {
        String input = text == null ? "" : text;
        Matcher m = CEP.matcher(input);
        while (m.find()) {
            String digits = m.group(1) + m.group(2) + m.group(3);
            if (!digits.equals("00000000")) {
                Cep cep = new Cep(digits);
                return Extracted.valid(cep, cep.formatted());
            }
            return Extracted.invalid("all zeros", RETRY);
        }
        Matcher near = NEAR_MISS.matcher(input);
        if (near.find()) {
            return Extracted.invalid(Texts.digits(near.group()).length() + " digits", RETRY);
        }
        return Extracted.absent();
    }
}
