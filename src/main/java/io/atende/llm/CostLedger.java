package io.atende.llm;

import io.atende.shared.ConversationId;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where the cost of every model call is kept. Rows are only added, never changed. Adapters: {@code
 * JdbcCostLedger} (H2 and PostgreSQL) and {@code InMemoryCostLedger}.
 */
public interface CostLedger {

    void record(CostEntry entry);

    /** A conversation's calls, oldest first. */
    List<CostEntry> forConversation(ConversationId conversation);

    /** Tokens and money per day (UTC), feature, provider and model for the days {@code from..to}, inclusive. */
    List<CostTotal> totals(LocalDate from, LocalDate to);

    /** Tokens (input plus output) and money spent so far by a conversation, for its budget. */
    Spend spentBy(ConversationId conversation);

    /** Tokens and money spent on the UTC day, for the daily budget. */
    Spend spentOn(LocalDate day);

    /** One group of {@link #totals}. {@code price} sums the priced rows; {@code currency} is theirs. */
    record CostTotal(LocalDate day, Feature feature, String provider, String model, long calls, long inputTokens,
                     long outputTokens, long cachedTokens, BigDecimal price, String currency) {
    }

    /**
     * Tokens (input plus output) and money per currency (price tables may price a model in BRL and another in
     * USD; nothing converts between them).
     */
    record Spend(long tokens, java.util.Map<String, BigDecimal> price) {
        public static final Spend NONE = new Spend(0, java.util.Map.of());

        public Spend {
            price = java.util.Map.copyOf(price);
        }

        /** The money spent in {@code currency}, zero when none. */
        public BigDecimal in(String currency) {
            return price.getOrDefault(currency, BigDecimal.ZERO);
        }
    }
}
