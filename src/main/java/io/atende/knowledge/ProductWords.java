package io.atende.knowledge;

import java.util.HashSet;
import java.util.Set;

/**
 * Words of a question that ask rather than describe ("tem", "quero", "quanto custa"): they are left out of
 * matching, or requiring every word of a product question would require "quero" to be in a product title.
 *
 * @param chat   chat words that carry no topic ("quero", "posso", "meu"): left out of every question
 * @param filler chat words plus the words of a shopping request ("procuro", "barato", "modelo"): left out of
 *               product questions
 */
record ProductWords(Set<String> chat, Set<String> filler, Set<String> talk) {

    /**
     * Chat filler no store text uses ("eh", "fiz", "aqui", "agora", "coisa"): kept for ranking, where dropping
     * them cost recall on the tuning queries, but counted neither for nor against a section's coverage when
     * deciding whether the store knows the answer ({@link Abstention}); "fiz" is no topic the store lacks.
     */
    private static final Set<String> PORTUGUESE_TALK = Set.of(
            "eh", "e", "c", "d", "sou", "foi", "fui", "fiz", "diz", "sei", "vai", "mim", "me", "no", "na", "nos", "nas",
            "aqui", "agora", "ainda", "so", "tenho", "tinha", "tava", "estava", "existe", "coisa", "coisas", "jeito",
            "nenhum", "nenhuma", "isso", "entao", "tipo", "mesmo", "tudo", "nada", "algo", "sera", "que", "o", "a",
            "de", "do", "da", "em", "um", "uma", "com", "por", "se", "ou", "mas", "mais", "como", "qual", "quando",
            "quanto", "quantos", "quem", "porque", "tambem", "muito", "depois", "hoje", "ja", "qnd", "nd");

    static final ProductWords PORTUGUESE = of(Set.of(
            "quero", "queria", "gostaria", "posso", "pode", "podem", "podia", "consigo", "faco", "fazer", "faz", "meu",
            "minha", "meus", "minhas", "eu", "voce", "voces", "oi", "ola", "favor", "sim", "ai", "ta", "esta", "ser",
            "tem", "ter", "vou", "ja", "la", "cade", "onde", "dar", "da", "gente", "saber", "duvida", "ajuda", "alguem"),
            Set.of("tem", "tens", "teria", "tinha", "vende", "vendem", "vendes", "voces", "voce", "quero", "queria",
                    "gostaria", "procuro", "procurando", "busco", "preciso", "precisando", "algum", "alguma", "alguns",
                    "algumas", "comprar", "compra", "ver", "mostra", "mostrar", "me", "manda", "opcao", "opcoes",
                    "modelo", "modelos", "produto", "produtos", "barato", "barata", "baratos", "baratas", "preco",
                    "precos", "custa", "custam", "valor", "reais", "real", "r", "loja", "ai", "aqui", "oi", "ola", "bom",
                    "boa", "dia", "tarde", "noite", "favor", "indica", "indicar", "recomenda", "sugestao", "sugere",
                    "melhor", "bons", "boas", "qual", "quais", "sim", "e", "ta", "esta", "estao", "disponivel",
                    "estoque", "coisa", "presente", "legal", "bonito", "bonita", "novo", "nova"), PORTUGUESE_TALK);

    static final ProductWords ENGLISH = of(Set.of(
            "i", "me", "my", "we", "you", "want", "wanna", "would", "like", "can", "could", "please", "hi", "hello",
            "hey", "need", "know", "help", "get", "do", "does"),
            Set.of("have", "has", "sell", "selling", "looking", "look", "search", "buy", "some", "any", "show",
                    "option", "options", "model", "models", "product", "products", "cheap", "cheapest", "price",
                    "prices", "cost", "costs", "much", "dollars", "store", "shop", "good", "best", "recommend",
                    "which", "what", "available", "stock", "new", "nice", "gift"),
            Set.of("is", "am", "are", "was", "the", "a", "an", "of", "to", "in", "on", "it", "that", "this", "so",
                    "just", "still", "now", "here", "thing", "things", "how", "when", "what", "who", "why"));

    private static ProductWords of(Set<String> chat, Set<String> request, Set<String> talk) {
        Set<String> filler = new HashSet<>(chat);
        filler.addAll(request);
        return new ProductWords(chat, Set.copyOf(filler), talk);
    }
}
