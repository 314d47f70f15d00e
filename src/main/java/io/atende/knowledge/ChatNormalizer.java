package io.atende.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns chat writing into words the index knows: lower case, no accents, common pt-BR abbreviations spelled
 * out ("vcs" -> "voces", "p/" -> "para"), and a few synonyms attached to the word they expand (the store's
 * texts say "entrega" where customers say "frete", "Belo Horizonte" where they say "BH"). The lists are
 * deliberately small; a pack-level synonym file is a later step.
 */
final class ChatNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SLASH_ABBREVIATIONS = Pattern.compile("\\b([pcs])/(?=\\s|[a-z]|$)");
    /** "12x" is how customers write "12 vezes" (installments). */
    private static final Pattern TIMES = Pattern.compile("\\b(\\d+)\\s*x\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9$]+");

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("vc", "voce"), Map.entry("vcs", "voces"), Map.entry("oce", "voce"),
            Map.entry("qnto", "quanto"), Map.entry("qto", "quanto"), Map.entry("qnt", "quanto"),
            Map.entry("qndo", "quando"), Map.entry("qdo", "quando"),
            Map.entry("pra", "para"), Map.entry("pro", "para o"), Map.entry("pras", "para as"),
            Map.entry("tb", "tambem"), Map.entry("tbm", "tambem"), Map.entry("n", "nao"), Map.entry("nn", "nao"),
            Map.entry("q", "que"), Map.entry("oq", "o que"), Map.entry("pq", "porque"), Map.entry("msm", "mesmo"),
            Map.entry("td", "tudo"), Map.entry("tds", "todos"), Map.entry("hj", "hoje"), Map.entry("mto", "muito"),
            Map.entry("mt", "muito"), Map.entry("dps", "depois"), Map.entry("agr", "agora"), Map.entry("aki", "aqui"),
            Map.entry("cel", "celular"), Map.entry("pfv", "por favor"), Map.entry("pf", "por favor"),
            Map.entry("vlw", "valeu"), Map.entry("obg", "obrigado"), Map.entry("blz", "beleza"),
            Map.entry("zap", "whatsapp"), Map.entry("wpp", "whatsapp"), Map.entry("whats", "whatsapp"),
            Map.entry("nf", "nota fiscal"), Map.entry("ped", "pedido"), Map.entry("ngm", "ninguem"),
            Map.entry("sp", "sao paulo"), Map.entry("rj", "rio de janeiro"), Map.entry("bh", "belo horizonte"),
            Map.entry("poa", "porto alegre"), Map.entry("bsb", "brasilia"), Map.entry("ssa", "salvador"));

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("frete", "entrega"), Map.entry("entrega", "frete"), Map.entry("entregam", "entrega"),
            Map.entry("entregar", "entrega"), Map.entry("envio", "entrega"), Map.entry("mandam", "entrega"),
            Map.entry("demora", "prazo"), Map.entry("demorar", "prazo"), Map.entry("chega", "prazo entrega"),
            Map.entry("chegar", "prazo entrega"), Map.entry("tempo", "prazo"),
            Map.entry("parou", "garantia"), Map.entry("quebrou", "garantia defeito"),
            Map.entry("quebrado", "defeito garantia"), Map.entry("estragou", "defeito garantia"),
            Map.entry("estragado", "defeito garantia"), Map.entry("defeito", "garantia"),
            Map.entry("devolver", "devolucao"), Map.entry("devolucao", "devolver"), Map.entry("desistir", "arrependimento"),
            Map.entry("cancelar", "cancelamento"), Map.entry("trocar", "troca"),
            Map.entry("rastreio", "rastrear rastreamento"), Map.entry("rastrear", "rastreio"),
            Map.entry("cupons", "cupom"), Map.entry("desconto", "cupom"),
            Map.entry("parcelar", "parcelamento"), Map.entry("parcelam", "parcelamento"), Map.entry("vezes", "parcelamento"),
            Map.entry("cartao", "credito"), Map.entry("boleto", "bancario"),
            Map.entry("pagar", "pagamento"), Map.entry("pago", "pagamento"),
            Map.entry("retirar", "retirada"), Map.entry("buscar", "retirada"), Map.entry("fisica", "loja retirada"),
            Map.entry("horario", "atendimento"),
            Map.entry("celular", "smartphone"), Map.entry("celulares", "smartphone"), Map.entry("smartphone", "celular"),
            Map.entry("geladeira", "refrigerador"), Map.entry("refrigerador", "geladeira"),
            Map.entry("fone", "headphone headset"), Map.entry("lavadora", "lavar"),
            Map.entry("fritadeira", "fryer"), Map.entry("airfryer", "air fryer"), Map.entry("note", "notebook"),
            Map.entry("tv", "televisao"), Map.entry("televisao", "tv"));

    private ChatNormalizer() {
    }

    /** Lower case, no accents, abbreviations spelled out: the text price parsing and cue matching read. */
    static String normalize(String text) {
        return String.join(" ", words(text));
    }

    /** The normalized words, each with the synonyms that may stand for it (the word itself first). */
    static List<List<String>> wordGroups(String text) {
        List<List<String>> groups = new ArrayList<>();
        for (String word : words(text)) {
            List<String> group = new ArrayList<>();
            group.add(word);
            String synonyms = SYNONYMS.get(word);
            if (synonyms != null) {
                group.addAll(Arrays.asList(synonyms.split(" ")));
            }
            groups.add(group);
        }
        return groups;
    }

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    private static List<String> words(String text) {
        String folded = SLASH_ABBREVIATIONS.matcher(fold(text)).replaceAll(m -> switch (m.group(1)) {
            case "p" -> "para ";
            case "c" -> "com ";
            default -> "sem ";
        });
        folded = TIMES.matcher(folded).replaceAll("$1 vezes");
        List<String> out = new ArrayList<>();
        for (String token : NON_WORD.split(folded)) {
            if (token.isEmpty()) {
                continue;
            }
            String expanded = ABBREVIATIONS.getOrDefault(token, token);
            out.addAll(Arrays.asList(expanded.split(" ")));
        }
        return out;
    }
}
