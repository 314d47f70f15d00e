package io.atende.engine.local;

import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Words that tell a policy question from a product question when retrieval alone cannot: "minha air fryer
 * parou" names a product but asks about warranty. Kept as stems, so "parcelam" and "parcelamento" are one
 * cue. The product side also learns the pack's own vocabulary: categories, brands and product types.
 */
final class Cues {

    private static final List<String> POLICY = List.of(
            "frete", "entrega", "prazo", "troca", "devolucao", "arrependimento", "pix", "boleto", "cartao", "credito",
            "debito", "parcela", "parcelamento", "juros", "garantia", "defeito", "assistencia", "rastreio", "rastrear",
            "pedido", "cupom", "promocao", "black", "friday", "horario", "atendimento", "retirada", "fisica",
            "nota", "fiscal", "reembolso", "estorno", "cancelamento", "endereco", "cep", "senha", "cadastro",
            "dados", "lgpd", "privacidade", "cnpj", "empresa", "medidas", "original", "originais", "lacre", "avaria",
            "avariado", "atrasado", "extraviado", "pagamento", "pagar", "whatsapp", "email", "sac", "recebi",
            "indicacao", "bandeira", "dinheiro", "conta");
    private static final List<String> PRODUCT = List.of(
            "tem", "tens", "vende", "vendem", "vendes", "preco", "custa", "custam", "modelo", "quero", "queria",
            "procuro", "procurando", "comprar", "barato", "barata", "opcoes", "indica", "recomenda", "sugestao");

    private final KnowledgeBase knowledge;
    private final Set<String> policy = new HashSet<>();
    private final Set<String> product = new HashSet<>();
    private final Set<String> request = new HashSet<>(PRODUCT);
    /** The catalog's own vocabulary: categories, brands and product kinds ("celular", "fogao", "nike"). */
    private final Set<String> catalog = new HashSet<>();

    Cues(Pack pack, KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        POLICY.forEach(w -> policy.addAll(knowledge.stems(w)));
        PRODUCT.forEach(w -> product.add(w));
        for (Product p : pack.products()) {
            product.addAll(knowledge.stems(p.category()));
            product.addAll(knowledge.stems(p.attributes().getOrDefault("marca", "")));
            String[] words = p.title().split("\\s+");
            product.addAll(knowledge.stems(words[0]));
        }
        // A word that is both (e.g. a brand named like a policy word) must not make every question a search.
        product.removeAll(policy);
        catalog.addAll(product);
        catalog.removeAll(PRODUCT);
    }

    boolean policy(String text) {
        return knowledge.stems(text).stream().anyMatch(policy::contains);
    }

    /**
     * A policy word as the customer typed it, not one the pack's synonyms or spelling corrections added: "gosta de
     * pizza?" reads as "devolução" through the synonym for "não gostei", which helps retrieval but says nothing
     * about whether the message is about the store.
     */
    boolean policyAsTyped(String text) {
        return knowledge.read(text).stream().flatMap(w -> w.stems().stream()).anyMatch(policy::contains);
    }

    /** Whether a policy cue of the question also occurs in a text (a knowledge section). */
    boolean sharePolicy(String question, String text) {
        Set<String> asked = new HashSet<>(knowledge.stems(question));
        asked.retainAll(policy);
        return !asked.isEmpty() && knowledge.stems(text).stream().anyMatch(asked::contains);
    }

    /** Product cue words are matched both as typed and as stems: "tem" is dropped by nothing but "tens" stems. */
    boolean product(String text) {
        return matches(text, product);
    }

    /**
     * Only the words that ask for a product ("tem", "vende", "preço", "quero"), not the catalog's vocabulary:
     * "quem ganhou o jogo ontem?" names a catalog word (jogo) but asks for nothing the store sells.
     */
    boolean productRequest(String text) {
        return matches(text, request);
    }

    /**
     * A word of the catalog's vocabulary as the customer typed it, other than the given everyday words: "fogao bivolt
     * p casa nova" is about the store's products; "quem ganhou o jogo ontem?" only shares "jogo" with "Jogo de Panelas".
     */
    boolean catalogWord(String text, Set<String> everyday) {
        return knowledge.read(text).stream().filter(w -> !everyday.contains(w.word()))
                .flatMap(w -> w.stems().stream()).anyMatch(catalog::contains);
    }

    private boolean matches(String text, Set<String> cues) {
        for (String word : knowledge.normalize(text).split(" ")) {
            if (cues.contains(word)) {
                return true;
            }
        }
        return knowledge.stems(text).stream().anyMatch(cues::contains);
    }
}
