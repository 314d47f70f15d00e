package io.atende.nlu.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text helpers shared by the extractors: lower case without accents, as customers often type. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /** Lower case, accents removed ("Amanhã" -> "amanha"), whitespace collapsed; null becomes "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static String digits(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean allSame(String s) {
        return s.chars().distinct().count() == 1;
    }
}
