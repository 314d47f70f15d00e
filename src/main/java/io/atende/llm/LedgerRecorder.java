package io.atende.llm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where model calls are accounted: every attempt that reached a provider becomes one ledger row, with
 * the tokens exactly as reported (or estimated with jtokkit, and marked so, when the provider sent none), the price
 * of the table entry in force on the call's day, the latency and the outcome. Providers know nothing of it.
 */
final class LedgerRecorder implements ModelCall {

    private static final Logger log = LoggerFactory.getLogger(LedgerRecorder.class);

    private final ModelCall next;
    private final CostLedger ledger;
    private final PriceTable prices;
    private final TokenEstimator estimator;
    private final Clock clock;

    LedgerRecorder(ModelCall next, CostLedger ledger, PriceTable prices, TokenEstimator estimator, Clock clock) {
        this.next = next;
        this.ledger = ledger;
        this.prices = prices;
        this.estimator = estimator;
        this.clock = clock;
    }

    @Override
    public ChatProvider.Answer call(ModelRef model, LlmRequest request, Consumer<String> partial) {
        Instant start = clock.instant();
        long started = System.nanoTime();
        try {
            ChatProvider.Answer answer = next.call(model, request, partial);
            Usage usage = answer.usage() != null ? answer.usage()
                    : new Usage(estimator.input(request), estimator.output(answer), 0, true);
            write(start, model, request, usage, elapsedMs(started), "ok");
            return new ChatProvider.Answer(answer.text(), answer.toolCalls(), usage);
        } catch (LlmException e) {
            write(start, model, request, new Usage(0, 0, 0, false), elapsedMs(started), e.kind().wireName());
            throw e;
        }
    }

    private void write(Instant at, ModelRef model, LlmRequest request, Usage usage, long latencyMs, String outcome) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        Optional<ModelPrice> price = prices.priceFor(model.provider(), model.model(), day);
        BigDecimal cost = price.map(p -> p.cost(usage)).orElse(null);
        try {
            ledger.record(new CostEntry(at, request.conversation(), request.feature(), model.provider(), model.model(),
                    usage.inputTokens(), usage.outputTokens(), usage.cachedTokens(), cost,
                    price.map(ModelPrice::currency).orElse(null), price.map(ModelPrice::id).orElse(null),
                    usage.estimated(), latencyMs, outcome));
        } catch (RuntimeException e) {
            // the customer's answer must not be lost because the ledger's database hiccupped; the log says so
            log.error("cost ledger row not written for {} ({}): {}", model, request.feature().wireName(), e.toString());
        }
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
