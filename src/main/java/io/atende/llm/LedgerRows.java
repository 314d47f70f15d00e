package io.atende.llm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** What both ledger adapters keep of a row, so that they answer alike: the column types' precision. */
final class LedgerRows {

    /** Decimal places of {@code cost_ledger.price} (NUMERIC(20,10)). */
    static final int PRICE_SCALE = 10;

    private LedgerRows() {
    }

    /** The row as the table keeps it: the time to the microsecond, the price to {@link #PRICE_SCALE} places. */
    static CostEntry normalized(CostEntry e) {
        return new CostEntry(e.at().truncatedTo(ChronoUnit.MICROS), e.conversation(), e.feature(), e.provider(),
                e.model(), e.inputTokens(), e.outputTokens(), e.cachedTokens(), money(e.price()), e.currency(),
                e.priceId(), e.estimated(), e.latencyMs(), e.outcome());
    }

    /** An amount rounded to the column's places, without trailing zeros ({@code null} stays {@code null}). */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(PRICE_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static LocalDate utcDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static void checkRange(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
