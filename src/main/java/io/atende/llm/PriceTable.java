package io.atende.llm;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** TEMPORARY (replaced by the ledger branch's PriceTable at merge). */
public final class PriceTable {
    private final List<ModelPrice> prices;

    public PriceTable(List<ModelPrice> prices) {
        this.prices = List.copyOf(prices);
    }

    public Optional<ModelPrice> priceFor(String provider, String model, LocalDate day) {
        return prices.stream().filter(p -> p.model().equals(model) && !p.effectiveFrom().isAfter(day))
                .max(java.util.Comparator.comparing(ModelPrice::effectiveFrom));
    }
}
