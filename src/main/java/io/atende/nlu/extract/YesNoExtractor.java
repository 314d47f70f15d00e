package io.atende.nlu.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Yes or no as people answer on WhatsApp: "sim", "pode ser", "bora", "claro", "com certeza", "uhum", "isso",
 * "👍" are yes; "não", "nao quero", "agora não", "deixa pra lá", "nem", "👎" are no; "não sei", "talvez" and
 * anything mixed or unrelated are unknown. Only the start of a long message counts, so "quero saber o frete"
 * is not a yes.
 */
public final class YesNoExtractor implements Extractor<YesNo> {

    /** Phrases, longest first; each maps to its answer. Multi-word phrases win over their words. */
    private static final Map<String, YesNo> PHRASES = new LinkedHashMap<>();

    static {
        for (String p : List.of("nao sei", "sei la", "nao tenho certeza", "talvez", "depende", "vou pensar",
                "vou ver", "nao entendi", "como assim")) {
            PHRASES.put(p, YesNo.UNKNOWN);
        }
        for (String p : List.of("claro que nao", "de jeito nenhum", "de forma alguma", "nem pensar", "nao quero",
                "nao precisa", "nao obrigado", "nao obrigada", "agora nao", "ainda nao", "deixa pra la",
                "deixa para la", "deixa quieto", "pode deixar", "pode esquecer", "esquece", "nao", "nao mesmo", "n",
                "nn", "naum", "nops", "nope", "negativo", "nem", "nunca", "jamais", "dispenso", "desisto",
                "cancela", "melhor nao", "acho que nao")) {
            PHRASES.put(p, YesNo.NO);
        }
        for (String p : List.of("por que nao", "porque nao", "pq nao", "claro que sim", "nao tem problema",
                "sem problema", "sem problemas", "com certeza", "pode ser", "pode sim", "pode", "sim", "s", "ss",
                "sss", "simm", "claro", "bora", "vamos", "vamo", "uhum", "aham", "uhun", "hum hum", "isso",
                "isso mesmo", "isso ai", "exato", "exatamente", "certo", "certeza", "ok", "okay", "okk", "blz",
                "beleza", "fechado", "fechou", "perfeito", "otimo", "quero", "quero sim", "manda", "manda ver",
                "positivo", "afirmativo", "ta bom", "ta certo", "ta otimo", "ta ok", "ta", "to dentro", "demorou", "partiu", "yes", "yep",
                "acho que sim", "pode mandar", "pode fazer", "confirmo", "confirmado", "correto", "valeu",
                "👍", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿", "✅", "👌", "✔", "✔️", "🤝")) {
            PHRASES.put(p, YesNo.YES);
        }
        for (String p : List.of("👎", "👎🏻", "👎🏼", "👎🏽", "👎🏾", "👎🏿", "❌", "🚫")) {
            PHRASES.put(p, YesNo.NO);
        }
    }

    /** Words that answer yes only as a short reply: "quero" is yes, "quero saber o frete" is not. */
    private static final java.util.Set<String> WEAK = java.util.Set.of("quero", "pode", "ta", "certo", "manda",
            "vamos", "vamo", "isso", "valeu", "otimo", "perfeito", "nem", "n", "s");
    private static final int SHORT_REPLY_WORDS = 3;
    private static final int MAX_PHRASE_WORDS = 3;
    private static final int LEADING_WORDS = 4;

    @Override
    public Extracted<YesNo> extract(String text) {
        YesNo answer = classify(text);
        return answer == YesNo.UNKNOWN ? Extracted.absent() : Extracted.valid(answer, answer.name().toLowerCase());
    }

    public YesNo classify(String text) {
        List<String> words = tokens(text);
        List<YesNo> found = new ArrayList<>();
        int i = 0;
        while (i < words.size() && i < LEADING_WORDS) {
            int matched = 0;
            for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
                String phrase = String.join(" ", words.subList(i, i + n));
                YesNo answer = PHRASES.get(phrase);
                if (answer != null && !(WEAK.contains(phrase) && words.size() > SHORT_REPLY_WORDS)) {
                    found.add(answer);
                    matched = n;
                }
            }
            i += Math.max(matched, 1);
        }
        if (found.isEmpty() || found.contains(YesNo.UNKNOWN)) {
            return YesNo.UNKNOWN;
        }
        return found.stream().distinct().count() == 1 ? found.get(0) : YesNo.UNKNOWN;
    }

    /** Folded words and emoji; letters stretched for emphasis are squeezed ("siiiim" -> "sim"). */
    private static List<String> tokens(String text) {
        String t = Texts.fold(text).replaceAll("([a-z])\\1{2,}", "$1");
        List<String> out = new ArrayList<>();
        for (String raw : t.split("[\\s,.!?;:()\\-]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            if (PHRASES.containsKey(raw) || raw.matches("[a-z0-9]+")) {
                out.add(raw);
            } else {
                out.addAll(splitEmoji(raw));
            }
        }
        return out;
    }

    private static List<String> splitEmoji(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.NON_SPACING_MARK && cp != 0xFE0F && cp != 0x200D
                    && !(cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                if (!word.isEmpty()) {
                    parts.add(word.toString());
                    word.setLength(0);
                }
                parts.add(new String(Character.toChars(cp)));
            }
        });
        if (!word.isEmpty()) {
            parts.add(word.toString());
        }
        return parts.stream().filter(p -> !Arrays.asList("", " ").contains(p)).toList();
    }
}
