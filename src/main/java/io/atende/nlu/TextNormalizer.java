package io.atende.nlu;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns chat writing into plain words before features are taken: lower case, no accents, letters
 * stretched three or more times squeezed ("ameeei" -> "amei"), common pt-BR chat abbreviations spelled
 * out ("vc" -> "voce", "qnto" -> "quanto") and emoji reduced to a few language-neutral tokens, so that
 * "VC É ROBÔ???" and "vc e robo" are the same input. Kept inside nlu (not the knowledge normaliser) because
 * classification wants emoji and stretched letters handled, which retrieval does not.
 */
final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern STRETCHED = Pattern.compile("([a-z])\\1{2,}");
    private static final Pattern SLASH_ABBREVIATIONS = Pattern.compile("\\b([pc])/");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("vc", "voce"), Map.entry("vcs", "voces"), Map.entry("ce", "voce"), Map.entry("oce", "voce"),
            Map.entry("qnto", "quanto"), Map.entry("qto", "quanto"), Map.entry("qnt", "quanto"),
            Map.entry("qndo", "quando"), Map.entry("qdo", "quando"), Map.entry("pq", "porque"),
            Map.entry("pra", "para"), Map.entry("pro", "para o"), Map.entry("tb", "tambem"), Map.entry("tbm", "tambem"),
            Map.entry("n", "nao"), Map.entry("nn", "nao"), Map.entry("naum", "nao"), Map.entry("q", "que"),
            Map.entry("oq", "o que"), Map.entry("msm", "mesmo"), Map.entry("td", "tudo"), Map.entry("tds", "todos"),
            Map.entry("hj", "hoje"), Map.entry("mto", "muito"), Map.entry("mt", "muito"), Map.entry("mta", "muita"),
            Map.entry("dps", "depois"), Map.entry("agr", "agora"), Map.entry("aki", "aqui"), Map.entry("pfv", "por favor"),
            Map.entry("pf", "por favor"), Map.entry("pls", "por favor"), Map.entry("vlw", "valeu"),
            Map.entry("obg", "obrigado"), Map.entry("obgd", "obrigado"), Map.entry("obgda", "obrigada"),
            Map.entry("blz", "beleza"), Map.entry("flw", "falou"), Map.entry("bjs", "beijos"), Map.entry("bj", "beijo"),
            Map.entry("abs", "abraco"), Map.entry("ngm", "ninguem"),
            Map.entry("cmg", "comigo"), Map.entry("ctz", "certeza"), Map.entry("eh", "e"),
            Map.entry("kd", "cade"), Map.entry("sdds", "saudade"), Map.entry("fds", "fim de semana"),
            Map.entry("qq", "qualquer"), Map.entry("qlq", "qualquer"), Map.entry("vdd", "verdade"),
            Map.entry("zap", "whatsapp"), Map.entry("wpp", "whatsapp"), Map.entry("msg", "mensagem"));

    /** Emoji grouped by what they say in a store chat; the rest become one generic token. */
    private static final Map<Integer, String> EMOJI = emoji();

    private TextNormalizer() {
    }

    /** The normalized words of a text, in order. */
    static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        folded = SLASH_ABBREVIATIONS.matcher(folded).replaceAll(m -> m.group(1).equals("p") ? "para " : "com ");
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
                continue;
            }
            flush(word, out);
            String emoji = emojiToken(cp);
            if (emoji != null) {
                out.add(emoji);
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.isEmpty()) {
            return;
        }
        String w = STRETCHED.matcher(word).replaceAll("$1");
        word.setLength(0);
        String expanded = ABBREVIATIONS.get(w);
        if (expanded == null) {
            out.add(w);
        } else {
            for (String part : expanded.split(" ")) {
                out.add(part);
            }
        }
    }

    private static String emojiToken(int cp) {
        String named = EMOJI.get(cp);
        if (named != null) {
            return named;
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL && cp >= 0x2600 ? "emoji" : null;
    }

    private static Map<Integer, String> emoji() {
        Map<Integer, String> m = new java.util.HashMap<>();
        "❤♥💖💕💗💓💛💚💙💜😍🥰😘😊😁😀😃😄🙂👏👍🙌✨🔥⭐🌟🤩😎💯🎉".codePoints().forEach(c -> m.put(c, "emojibom"));
        "😡🤬😠😤👎😞😢😭😒🙄😩😫💩😔😕☹".codePoints().forEach(c -> m.put(c, "emojiruim"));
        "👋".codePoints().forEach(c -> m.put(c, "emojiaceno"));
        "🙏".codePoints().forEach(c -> m.put(c, "emojiprece"));
        "🤖".codePoints().forEach(c -> m.put(c, "robo"));
        "❓❔🤔".codePoints().forEach(c -> m.put(c, "emojiduvida"));
        return Map.copyOf(m);
    }
}
