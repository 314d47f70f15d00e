package io.atende.knowledge;

import java.math.BigDecimal;

/**
 * Hard filters of a search: what must hold for a hit to be listed at all (rankings only order what passes).
 * Category, price and stock constrain products; knowledge sections pass them untouched unless {@code kind}
 * asks for products only, so "frete grátis acima de 299?" still finds the policy while a product outside the
 * range is dropped.
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

    /** Whether any product constraint (category, price, stock) is set. */
    boolean constrainsProducts() {
        return category != null || minPrice != null || maxPrice != null || inStockOnly;
    }
}
