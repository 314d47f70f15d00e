package io.atende.pack;

import java.math.BigDecimal;
import java.util.Map;

/** One catalog item as the pack declares it. */
public record Product(String id, String title, String description, BigDecimal price, String category, int stock,
                      String url, String image, Map<String, String> attributes) {

    public boolean inStock() {
        return stock > 0;
    }
}
