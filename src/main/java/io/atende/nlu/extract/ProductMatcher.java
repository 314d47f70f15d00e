package io.atende.nlu.extract;

import io.atende.pack.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the catalog products a message refers to, by id/SKU ("CEL-0001", "cel0001") or by title words, tolerant
 * to typos and missing accents ("geladera eletrolux", "maquina de lavar brastemp"). Title words weigh by rarity
 * in the catalog, so "galaxy a15" beats "smartphone". Candidates come ranked, each with a score in [0, 1].
 *
 * <p>As an {@link Extractor} it answers the one product clearly meant, or invalid when several fit about
 * equally (the customer is asked which), or absent.
 */
public final class ProductMatcher implements Extractor<ProductCandidate> {

    static final String RETRY_AMBIGUOUS = "product.ambiguous";

    private static final Set<String> STOPWORDS = Set.of("de", "da", "do", "das", "dos", "com", "para", "pra", "p",
            "o", "a", "os", "as", "um", "uma", "e", "em", "no", "na", "que", "q", "tem", "vc", "vcs", "voces", "quero",
            "queria", "comprar", "preco", "quanto", "custa", "esse", "essa", "este", "esta", "aquele", "aquela",
            "sobre", "mais", "me", "eu", "meu", "minha", "ola", "oi", "bom", "boa", "dia", "tarde", "noite", "por",
            "favor", "pf", "pfv", "ai", "ta", "tb", "tbm", "ainda", "estoque", "disponivel", "ver", "link", "modelo",
            // policy words that would otherwise fuzzily hit titles ("frete" is one edit from "free")
            "frete", "entrega", "prazo", "troca", "garantia", "pagamento", "pix", "boleto", "cartao", "parcela",
            "parcelas", "desconto", "cupom", "pedido", "valor", "reais", "cep", "chegou", "chega", "quando");
    private static final double MIN_WORD_SIMILARITY = 0.75;
    private static final double MIN_SCORE = 0.3;
    private static final double CLEAR_SCORE = 0.6;
    private static final double CLEAR_MARGIN = 0.05;

    private final List<Product> products;
    private final List<Set<String>> titleWords = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, Product> byCompactId = new HashMap<>();

    public ProductMatcher(List<Product> products) {
        this.products = List.copyOf(products);
        for (Product p : this.products) {
            Set<String> words = new LinkedHashSet<>(words(p.title()));
            List<String> ordered = new ArrayList<>(words);
            for (int i = 0; i + 1 < ordered.size(); i++) {
                words.add(ordered.get(i) + ordered.get(i + 1));  // "air fryer" also as "airfryer"
            }
            titleWords.add(words);
            words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
            byCompactId.put(compact(p.id()), p);
        }
    }

    /** Ranked candidates, best first, at most {@code limit}, each scoring at least 0.3. */
    public List<ProductCandidate> candidates(String text, int limit) {
        List<ProductCandidate> exact = new ArrayList<>();
        for (String token : Texts.fold(text).split("[^a-z0-9\\-]+")) {
            Product p = byCompactId.get(compact(token));
            if (p != null && exact.stream().noneMatch(c -> c.product() == p)) {
                exact.add(new ProductCandidate(p, 1.0));
            }
        }
        List<String> query = words(text).stream().filter(w -> !STOPWORDS.contains(w)).distinct().toList();
        Map<String, Double> weights = new HashMap<>();
        for (String q : query) {
            vocabularyMatch(q).ifPresent(w -> weights.put(q, idf(w)));
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<ProductCandidate> ranked = new ArrayList<>(exact);
        if (total > 0) {
            for (int i = 0; i < products.size(); i++) {
                Product p = products.get(i);
                if (exact.stream().anyMatch(c -> c.product() == p)) {
                    continue;
                }
                double score = score(titleWords.get(i), weights) / total;
                if (score >= MIN_SCORE) {
                    ranked.add(new ProductCandidate(p, Math.min(score, 0.99)));
                }
            }
        }
        ranked.sort(Comparator.comparingDouble(ProductCandidate::score).reversed());
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    @Override
    public Extracted<ProductCandidate> extract(String text) {
        List<ProductCandidate> top = candidates(text, 2);
        if (top.isEmpty() || top.get(0).score() < CLEAR_SCORE) {
            return Extracted.absent();
        }
        ProductCandidate best = top.get(0);
        if (top.size() > 1 && best.score() - top.get(1).score() < CLEAR_MARGIN) {
            return Extracted.invalid("several products fit equally", RETRY_AMBIGUOUS);
        }
        return Extracted.valid(best, best.product().id());
    }

    private double score(Set<String> title, Map<String, Double> weights) {
        double sum = 0;
        for (Map.Entry<String, Double> q : weights.entrySet()) {
            double best = 0;
            for (String w : title) {
                best = Math.max(best, FuzzyWords.similarity(q.getKey(), w));
            }
            sum += best >= MIN_WORD_SIMILARITY ? best * q.getValue() : 0;
        }
        return sum;
    }

    /** The catalog word closest to a query word, if any is close enough: otherwise the word is not about products. */
    private java.util.Optional<String> vocabularyMatch(String query) {
        String best = null;
        double bestSimilarity = 0;
        for (String w : documentFrequency.keySet()) {
            double s = FuzzyWords.similarity(query, w);
            if (s > bestSimilarity || s == bestSimilarity && best != null && s > 0 && w.compareTo(best) < 0) {
                best = w;
                bestSimilarity = s;
            }
        }
        return bestSimilarity >= MIN_WORD_SIMILARITY ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    private double idf(String word) {
        return Math.log(1 + (double) products.size() / documentFrequency.getOrDefault(word, 1));
    }

    private static List<String> words(String text) {
        return Arrays.stream(Texts.fold(text).split("[^a-z0-9]+")).filter(w -> w.length() > 1 || w.matches("\\d"))
                .toList();
    }

    private static String compact(String id) {
        return Texts.fold(id).replaceAll("[^a-z0-9]", "");
    }
}
