package io.atende.llm;

import io.atende.shared.ConversationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the cost ledger: one model call, successful or not.
 *
 * @param conversation  the conversation served, or {@code null}
 * @param price         what the call cost under the price table in force on its day, in {@code currency};
 *                      {@code null} when the table has no price for the model (the row says so by {@code priceId})
 * @param priceId       the price-table entry used ({@code openai/gpt-4o-mini@2024-07-18}), or {@code null}
 * @param estimated     the tokens were counted with jtokkit because the provider reported no usage
 * @param outcome       {@code ok}, or the {@link LlmException.Kind} wire name of the failure
 */
public record CostEntry(Instant at, ConversationId conversation, Feature feature, String provider, String model,
                        long inputTokens, long outputTokens, long cachedTokens, BigDecimal price, String currency,
                        String priceId, boolean estimated, long latencyMs, String outcome) {

    public CostEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(outcome, "outcome");
    }
}
