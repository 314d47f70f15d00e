package io.atende.engine.local;

import io.atende.pack.Product;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pack's products by id, for attributes that keep a product. Conversations from before products were kept by id
 * hold the title instead, so a title is found too.
 */
final class Catalog {

    private final Map<String, Product> byId = new HashMap<>();
    private final Map<String, Product> byTitle = new HashMap<>();

    Catalog(List<Product> products) {
        for (Product p : products) {
            byId.putIfAbsent(p.id(), p);
            byTitle.putIfAbsent(p.title(), p);
        }
    }

    Optional<Product> product(String idOrTitle) {
        return Optional.ofNullable(byId.getOrDefault(idOrTitle, byTitle.get(idOrTitle)));
    }

    /** The fields rules, tools and templates read: {@code produto.id}, {@code produto.stock}, {@code produto.price}. */
    static Map<String, Object> fields(Product p) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", p.id());
        fields.put("title", p.title());
        fields.put("price", p.price());
        fields.put("stock", p.stock());
        fields.put("category", p.category());
        fields.put("url", p.url());
        fields.put("attributes", p.attributes());
        return fields;
    }
}
