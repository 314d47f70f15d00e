package io.atende.nlu.sentiment;

import io.atende.nlu.extract.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Words, emoji and punctuation ("?", "!", and "," "." ";" which end the reach of a negation) of a chat message,
 * folded (no accents, lower case) and with stretched letters squeezed ("caaaro" -> "caro").
 */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(String text) {
        String folded = Texts.fold(text)
                .replaceAll("k{3,}", " kkk ")
                .replaceAll("([a-z])\\1{2,}", "$1")
                .replace("d+", " demais ");
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                return;
            }
            flush(word, out);
            if (cp == '?' || cp == '!' || cp == ',' || cp == '.' || cp == ';') {
                out.add(Character.toString(cp));
            } else if (Character.getType(cp) == Character.OTHER_SYMBOL || Character.isSurrogate((char) cp)
                    || cp > 0x2000 && cp != 0xFE0F && cp != 0x200D && !(cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                out.add(new String(Character.toChars(cp)));
            }
        });
        flush(word, out);
        return out;
    }

    /** The words and emoji joined by single spaces, for the objection cues; "?" stays, other punctuation goes. */
    static String joined(List<String> tokens) {
        return String.join(" ", tokens.stream().filter(t -> !BOUNDARIES.contains(t)).toList());
    }

    static boolean isBoundary(String token) {
        return BOUNDARIES.contains(token);
    }

    private static final java.util.Set<String> BOUNDARIES = java.util.Set.of(",", ".", ";");

    private static void flush(StringBuilder word, List<String> out) {
        if (!word.isEmpty()) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
