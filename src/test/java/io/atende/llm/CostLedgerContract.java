package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.llm.CostLedger.CostTotal;
import io.atende.llm.CostLedger.Spend;
import io.atende.shared.ConversationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CostLedger} adapter must do; run in memory, on H2 and on PostgreSQL. */
abstract class CostLedgerContract {

    protected CostLedger ledger;

    private final ConversationId ana = ConversationId.random();
    private final ConversationId bia = ConversationId.random();

    /** A fresh, empty ledger for each test. */
    protected abstract CostLedger openLedger();

    protected void closeLedger() {
    }

    @BeforeEach
    void open() {
        ledger = openLedger();
    }

    @AfterEach
    void close() {
        closeLedger();
    }

    private static CostEntry call(String at, ConversationId conversation, Feature feature, String provider, String model,
                                  long in, long out, long cached, String price, String currency) {
        return new CostEntry(Instant.parse(at), conversation, feature, provider, model, in, out, cached,
                price == null ? null : new BigDecimal(price), currency,
                price == null ? null : provider + "/" + model + "@2024-07-18", false, 420, "ok");
    }

    @Test
    void shouldKeepEveryColumnOfAConversationsCallsOldestFirst() {
        CostEntry second = new CostEntry(Instant.parse("2026-03-01T10:00:02.123456Z"), ana, Feature.CONVERSATION,
                "anthropic", "claude-haiku-4-5-20251001", 1200, 80, 1000, new BigDecimal("0.0006"), "USD",
                "anthropic/claude-haiku-4-5@2025-10-01", true, 1530, "ok");
        CostEntry first = call("2026-03-01T10:00:01Z", ana, Feature.DECISION, "openai", "gpt-4o-mini", 300, 20, 0,
                "0.0000570", "USD");
        CostEntry failed = new CostEntry(Instant.parse("2026-03-01T10:00:03Z"), ana, Feature.CONVERSATION, "openai",
                "gpt-4o-mini", 0, 0, 0, null, null, null, false, 20000, "timeout");
        ledger.record(second);
        ledger.record(call("2026-03-01T10:00:00Z", bia, Feature.DECISION, "openai", "gpt-4o-mini", 1, 1, 0, "0.1", "USD"));
        ledger.record(call("2026-03-01T09:00:00Z", null, Feature.INSIGHT, "openai", "gpt-4o-mini", 1, 1, 0, "0.1", "USD"));
        ledger.record(first);
        ledger.record(failed);

        assertThat(ledger.forConversation(ana)).containsExactly(
                new CostEntry(first.at(), ana, Feature.DECISION, "openai", "gpt-4o-mini", 300, 20, 0,
                        new BigDecimal("0.000057"), "USD", "openai/gpt-4o-mini@2024-07-18", false, 420, "ok"),
                second, failed);
        assertThat(ledger.forConversation(ConversationId.random())).isEmpty();
    }

    @Test
    void shouldKeepPricesToTenDecimalPlaces() {
        ledger.record(call("2026-03-01T10:00:00Z", ana, Feature.DECISION, "openai", "gpt-5-nano", 1, 0, 0,
                "0.00000004999", "USD"));
        ledger.record(call("2026-03-01T10:00:01Z", ana, Feature.DECISION, "openai", "gpt-5-nano", 1, 0, 1,
                "0.000000005", "USD"));
        assertThat(ledger.forConversation(ana)).extracting(CostEntry::price)
                .containsExactly(new BigDecimal("0.00000005"), new BigDecimal("0.000000005"));
    }

    @Test
    void shouldTotalByUtcDayFeatureProviderModelAndCurrency() {
        ledger.record(call("2026-02-28T23:59:59Z", ana, Feature.DECISION, "openai", "gpt-4o-mini", 9, 9, 0, "9", "USD"));
        ledger.record(call("2026-03-01T00:00:00Z", ana, Feature.DECISION, "openai", "gpt-4o-mini", 100, 10, 40, "0.25", "USD"));
        ledger.record(call("2026-03-01T23:59:59Z", bia, Feature.DECISION, "openai", "gpt-4o-mini", 200, 20, 0, "0.5", "USD"));
        ledger.record(call("2026-03-01T12:00:00Z", bia, Feature.DECISION, "openai", "gpt-4o-mini", 7, 0, 0, null, null));
        ledger.record(call("2026-03-01T12:00:00Z", ana, Feature.CONVERSATION, "openai", "sabia-4", 1000, 100, 0, "0.007", "BRL"));
        ledger.record(call("2026-03-02T08:00:00Z", ana, Feature.CONVERSATION, "openai", "sabia-4", 1000, 100, 0, "0.007", "BRL"));
        ledger.record(call("2026-03-03T00:00:00Z", ana, Feature.CONVERSATION, "openai", "sabia-4", 5, 5, 0, "5", "BRL"));

        // by day, then by the features', providers', models' and currencies' names; unpriced rows last in their group
        assertThat(ledger.totals(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"))).containsExactly(
                new CostTotal(LocalDate.parse("2026-03-01"), Feature.CONVERSATION, "openai", "sabia-4", 1, 1000, 100, 0,
                        new BigDecimal("0.007"), "BRL"),
                new CostTotal(LocalDate.parse("2026-03-01"), Feature.DECISION, "openai", "gpt-4o-mini", 2, 300, 30, 40,
                        new BigDecimal("0.75"), "USD"),
                new CostTotal(LocalDate.parse("2026-03-01"), Feature.DECISION, "openai", "gpt-4o-mini", 1, 7, 0, 0,
                        null, null),
                new CostTotal(LocalDate.parse("2026-03-02"), Feature.CONVERSATION, "openai", "sabia-4", 1, 1000, 100, 0,
                        new BigDecimal("0.007"), "BRL"));
        assertThat(ledger.totals(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-31"))).isEmpty();
        assertThatThrownBy(() -> ledger.totals(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTellWhatAConversationSpentInEachCurrency() {
        ledger.record(call("2026-03-01T10:00:00Z", ana, Feature.DECISION, "openai", "gpt-4o-mini", 100, 10, 90, "0.25", "USD"));
        ledger.record(call("2026-03-02T10:00:00Z", ana, Feature.DECISION, "openai", "gpt-4o-mini", 200, 20, 0, "0.5", "USD"));
        ledger.record(call("2026-03-02T10:00:01Z", ana, Feature.CONVERSATION, "openai", "sabia-4", 1000, 100, 0, "0.007", "BRL"));
        ledger.record(call("2026-03-02T10:00:02Z", ana, Feature.CONVERSATION, "openai", "mystery-1", 50, 5, 0, null, null));
        ledger.record(call("2026-03-02T10:00:03Z", bia, Feature.CONVERSATION, "openai", "gpt-4o-mini", 9, 9, 0, "9", "USD"));

        Spend spent = ledger.spentBy(ana);
        assertThat(spent.tokens()).as("input plus output, unpriced calls too").isEqualTo(100 + 10 + 200 + 20 + 1000 + 100 + 50 + 5);
        assertThat(spent.price()).containsOnlyKeys("USD", "BRL");
        assertThat(spent.in("USD")).isEqualByComparingTo("0.75");
        assertThat(spent.in("BRL")).isEqualByComparingTo("0.007");
        assertThat(spent.in("EUR")).isZero();
        assertThat(ledger.spentBy(ConversationId.random())).isEqualTo(Spend.NONE);
    }

    @Test
    void shouldTellWhatAUtcDaySpent() {
        ledger.record(call("2026-03-01T23:30:00-03:00", ana, Feature.DECISION, "openai", "gpt-4o-mini", 100, 10, 0, "0.25", "USD"));
        ledger.record(call("2026-03-02T00:10:00Z", null, Feature.INSIGHT, "anthropic", "claude-haiku-4-5", 200, 20, 0, "0.5", "USD"));
        ledger.record(call("2026-03-01T20:00:00Z", bia, Feature.DECISION, "openai", "gpt-4o-mini", 9, 9, 0, "9", "USD"));

        Spend day = ledger.spentOn(LocalDate.parse("2026-03-02"));
        assertThat(day.tokens()).isEqualTo(330);
        assertThat(day.price()).hasSize(1);
        assertThat(day.in("USD")).isEqualByComparingTo("0.75");
        assertThat(ledger.spentOn(LocalDate.parse("2026-03-03"))).isEqualTo(Spend.NONE);
        assertThat(ledger.spentOn(LocalDate.parse("2026-03-01")).price()).isEqualTo(Map.of("USD", new BigDecimal("9")));
    }
}
