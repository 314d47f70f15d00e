package io.atende.llm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A model's list price from a day on, per million tokens.
 *
 * @param cachedInputPerMillion the price of input tokens read from the prompt cache; {@code null} means the model
 *                              has no cache discount (cached tokens cost as input)
 * @param source                where the price was read, with the date it was checked
 */
public record ModelPrice(String provider, String model, LocalDate effectiveFrom, String currency,
                         BigDecimal inputPerMillion, BigDecimal cachedInputPerMillion, BigDecimal outputPerMillion,
                         String source) {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    public ModelPrice {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(inputPerMillion, "inputPerMillion");
        Objects.requireNonNull(outputPerMillion, "outputPerMillion");
        source = source == null ? "" : source;
    }

    /** The entry's id in the ledger: {@code openai/gpt-4o-mini@2024-07-18}. */
    public String id() {
        return provider + "/" + model + "@" + effectiveFrom;
    }

    /** What a call with this usage costs: uncached input, cached input and output, each at its price. */
    public BigDecimal cost(Usage usage) {
        long cached = Math.min(usage.cachedTokens(), usage.inputTokens());
        BigDecimal cachedPrice = cachedInputPerMillion == null ? inputPerMillion : cachedInputPerMillion;
        BigDecimal total = inputPerMillion.multiply(BigDecimal.valueOf(usage.inputTokens() - cached))
                .add(cachedPrice.multiply(BigDecimal.valueOf(cached)))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(usage.outputTokens())));
        return total.divide(MILLION, MathContext.DECIMAL64).stripTrailingZeros();
    }
}
