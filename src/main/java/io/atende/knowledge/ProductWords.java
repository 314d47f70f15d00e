package io.atende.knowledge;

import java.util.Set;

/**
 * Words of a product question that ask rather than describe ("tem", "quero", "quanto custa"): they are left
 * out of product matching, or requiring every word would require "quero" to be in a product title.
 */
final class ProductWords {

    /** Chat words that carry no topic ("quero", "posso", "meu"): left out of every question. */
    static final Set<String> CHAT = Set.of(
            "quero", "queria", "gostaria", "posso", "pode", "podem", "podia", "consigo", "faco", "fazer", "faz", "meu",
            "minha", "meus", "minhas", "eu", "voce", "voces", "oi", "ola", "favor", "sim", "ai", "ta", "esta", "ser",
            "tem", "ter", "vou", "ja", "la", "cade", "onde", "dar", "da", "gente", "saber", "duvida", "ajuda", "alguem");

    static final Set<String> FILLER = union(CHAT, Set.of(
            "tem", "tens", "teria", "tinha", "vende", "vendem", "vendes", "voces", "voce", "quero", "queria", "gostaria",
            "procuro", "procurando", "busco", "preciso", "precisando", "algum", "alguma", "alguns", "algumas", "comprar",
            "compra", "ver", "mostra", "mostrar", "me", "manda", "opcao", "opcoes", "modelo", "modelos", "produto",
            "produtos", "barato", "barata", "baratos", "baratas", "preco", "precos", "custa", "custam", "valor", "reais",
            "real", "r", "loja", "ai", "aqui", "oi", "ola", "bom", "boa", "dia", "tarde", "noite", "favor", "indica",
            "indicar", "recomenda", "sugestao", "sugere", "melhor", "bons", "boas", "qual", "quais", "sim", "e", "ta",
            "esta", "estao", "disponivel", "estoque", "coisa", "presente", "legal", "bonito", "bonita", "novo", "nova"));

    private ProductWords() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
