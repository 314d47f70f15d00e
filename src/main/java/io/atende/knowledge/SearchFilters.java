package io.atende.knowledge;

import java.math.BigDecimal;

/**
 * Hard filters of a search: what must hold for a hit to be listed at all (rankings only order what passes).
 *
 * @param kind        only products or only knowledge sections; {@code null} for both
 * @param category    a product category as the catalog names it (accents and case ignored); {@code null} for any
 * @param minPrice    lowest price, or {@code null}
 * @param maxPrice    highest price, or {@code null}
 * @param inStockOnly leave out products with stock 0
 */
public record SearchFilters(HitKind kind, String category, BigDecimal minPrice, BigDecimal maxPrice,
                            boolean inStockOnly) {

    /** Products and sections, nothing filtered. */
    public static final SearchFilters ANY = new SearchFilters(null, null, null, null, false);

    public static SearchFilters only(HitKind kind) {
        return ANY.withKind(kind);
    }

    public SearchFilters withKind(HitKind kind) {
        return new SearchFilters(kind, category, minPrice, maxPrice, inStockOnly);
    }

    public SearchFilters withCategory(String category) {
        return new SearchFilters(kind, category, minPrice, maxPrice, inStockOnly);
    }

    public SearchFilters withPrice(BigDecimal min, BigDecimal max) {
        return new SearchFilters(kind, category, min, max, inStockOnly);
    }

    public SearchFilters inStock() {
        return new SearchFilters(kind, category, minPrice, maxPrice, true);
    }

    /** Whether the filters can only be met by products (a price, a category or stock says "product"). */
    boolean productsOnly() {
        return kind == HitKind.PRODUCT || category != null || minPrice != null || maxPrice != null || inStockOnly;
    }
}
