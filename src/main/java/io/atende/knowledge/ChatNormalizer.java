package io.atende.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns chat writing into words the index knows: lower case, no accents, and the language's common chat
 * abbreviations spelled out ("vcs" -> "voces", "p/" -> "para"). Store vocabulary ("frete" = "entrega",
 * "celular" = "smartphone") is not here: it belongs to the pack's {@code synonyms.txt}.
 */
final class ChatNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SLASH_ABBREVIATIONS = Pattern.compile("\\b([pcs])/(?=\\s|[a-z]|$)");
    /** "12x" is how Brazilian customers write "12 vezes" (installments). */
    private static final Pattern TIMES = Pattern.compile("\\b(\\d+)\\s*x\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9$]+");

    static final ChatNormalizer PORTUGUESE = new ChatNormalizer(true, Map.ofEntries(
            Map.entry("vc", "voce"), Map.entry("vcs", "voces"), Map.entry("oce", "voce"),
            Map.entry("qnto", "quanto"), Map.entry("qto", "quanto"), Map.entry("qnt", "quanto"),
            Map.entry("qndo", "quando"), Map.entry("qdo", "quando"),
            Map.entry("qro", "quero"), Map.entry("qnts", "quantos"), Map.entry("qts", "quantos"),
            Map.entry("pra", "para"), Map.entry("p", "para"), Map.entry("pro", "para o"), Map.entry("pras", "para as"),
            Map.entry("tb", "tambem"), Map.entry("tbm", "tambem"), Map.entry("n", "nao"), Map.entry("nn", "nao"),
            Map.entry("q", "que"), Map.entry("oq", "o que"), Map.entry("pq", "porque"), Map.entry("msm", "mesmo"),
            Map.entry("td", "tudo"), Map.entry("tds", "todos"), Map.entry("hj", "hoje"), Map.entry("mto", "muito"),
            Map.entry("mt", "muito"), Map.entry("dps", "depois"), Map.entry("agr", "agora"), Map.entry("aki", "aqui"),
            Map.entry("cel", "celular"), Map.entry("pfv", "por favor"), Map.entry("pf", "por favor"),
            Map.entry("vlw", "valeu"), Map.entry("obg", "obrigado"), Map.entry("blz", "beleza"),
            Map.entry("zap", "whatsapp"), Map.entry("wpp", "whatsapp"), Map.entry("whats", "whatsapp"),
            Map.entry("nf", "nota fiscal"), Map.entry("ped", "pedido"), Map.entry("ngm", "ninguem"),
            Map.entry("sp", "sao paulo"), Map.entry("rj", "rio de janeiro"), Map.entry("bh", "belo horizonte"),
            Map.entry("poa", "porto alegre"), Map.entry("bsb", "brasilia"), Map.entry("ssa", "salvador")));

    static final ChatNormalizer ENGLISH = new ChatNormalizer(false, Map.ofEntries(
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"), Map.entry("pls", "please"),
            Map.entry("plz", "please"), Map.entry("thx", "thanks"), Map.entry("ty", "thank you"),
            Map.entry("abt", "about"), Map.entry("b4", "before"),
            Map.entry("asap", "as soon as possible"), Map.entry("dunno", "do not know"), Map.entry("wanna", "want to")));

    private final boolean portugueseShorthand;
    private final Map<String, String> abbreviations;

    private ChatNormalizer(boolean portugueseShorthand, Map<String, String> abbreviations) {
        this.portugueseShorthand = portugueseShorthand;
        this.abbreviations = abbreviations;
    }

    /** Lower case, no accents, abbreviations spelled out: the text price parsing and cue matching read. */
    String normalize(String text) {
        return String.join(" ", words(text));
    }

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** The normalized words of a text, abbreviations spelled out. */
    List<String> words(String text) {
        String folded = fold(text);
        if (portugueseShorthand) {
            folded = SLASH_ABBREVIATIONS.matcher(folded).replaceAll(m -> switch (m.group(1)) {
                case "p" -> "para ";
                case "c" -> "com ";
                default -> "sem ";
            });
            folded = TIMES.matcher(folded).replaceAll("$1 vezes");
        }
        List<String> out = new ArrayList<>();
        for (String token : NON_WORD.split(folded)) {
            if (token.isEmpty()) {
                continue;
            }
            String expanded = abbreviations.getOrDefault(token, token);
            out.addAll(Arrays.asList(expanded.split(" ")));
        }
        return out;
    }
}
