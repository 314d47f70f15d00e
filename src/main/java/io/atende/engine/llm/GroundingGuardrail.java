package io.atende.engine.llm;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every figure of a draft reply — price (R$ 1.299,90 or 1299.90), stock count, deadline (10 dias, 48 horas),
 * percentage or any other number — must appear in the turn's sources. A model that invents a price or a deadline
 * makes the store promise it; the engine regenerates once naming the figures, then falls back.
 *
 * <p>Numbers are compared by value, whichever way they are written: "1.299,90", "1299,90" and "1299.90" are one
 * figure. A number whose separators read two ways ("1.500": fifteen hundred in pt-BR, one and a half elsewhere) is
 * supported when either reading is. A list marker at the start of a line ("1." or "2)") is not a figure.
 */
final class GroundingGuardrail {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*\\d{1,2}[.)]\\s");

    /** The draft's figures that no source holds, as the draft wrote them, in order; empty when all are grounded. */
    List<String> unsupported(String draft, String sources) {
        Set<BigDecimal> known = new HashSet<>();
        Matcher s = NUMBER.matcher(sources);
        while (s.find()) {
            known.addAll(readings(s.group()));
        }
        String text = LIST_MARKER.matcher(draft).replaceAll(" ");
        Set<String> out = new LinkedHashSet<>();
        Matcher d = NUMBER.matcher(text);
        while (d.find()) {
            if (readings(d.group()).stream().noneMatch(known::contains)) {
                out.add(d.group());
            }
        }
        return List.copyOf(out);
    }

    /** The values a written number may stand for, without trailing zeros. */
    static Set<BigDecimal> readings(String written) {
        Set<BigDecimal> out = new HashSet<>();
        int dots = count(written, '.');
        int commas = count(written, ',');
        if (dots == 0 && commas == 0) {
            out.add(value(written));
        } else if (dots > 0 && commas > 0) {
            // the last separator is the decimal one: 1.299,90 or 1,299.90
            char decimal = written.lastIndexOf(',') > written.lastIndexOf('.') ? ',' : '.';
            char grouping = decimal == ',' ? '.' : ',';
            out.add(value(written.replace(String.valueOf(grouping), "").replace(decimal, '.')));
        } else {
            char separator = dots > 0 ? '.' : ',';
            String grouped = written.replace(String.valueOf(separator), "");
            boolean groups = groupsOfThree(written, separator);
            if (groups) {
                out.add(value(grouped));
            }
            if (dots + commas == 1) {
                out.add(value(written.replace(separator, '.')));
            }
            if (!groups && dots + commas > 1) {
                // "1.2.3" is no number; compare it by its digits, as a version or a code
                out.add(value(grouped));
            }
        }
        out.remove(null);
        return out;
    }

    private static boolean groupsOfThree(String written, char separator) {
        String[] parts = written.split(Pattern.quote(String.valueOf(separator)));
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return parts[0].length() <= 3;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static BigDecimal value(String plain) {
        try {
            BigDecimal v = new BigDecimal(plain).stripTrailingZeros();
            return v.scale() < 0 ? v.setScale(0) : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
