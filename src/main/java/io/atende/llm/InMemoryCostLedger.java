package io.atende.llm;

import io.atende.shared.ConversationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** {@link CostLedger} in memory: for tests and commands that keep nothing. Rows are kept as the table keeps them. */
public final class InMemoryCostLedger implements CostLedger {

    /** The JDBC adapter's ORDER BY: the feature by its stored (wire) name. */
    private static final Comparator<CostTotal> TOTALS_ORDER = Comparator.comparing(CostTotal::day)
            .thenComparing(t -> t.feature().wireName()).thenComparing(CostTotal::provider).thenComparing(CostTotal::model)
            .thenComparing(CostTotal::currency, Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<CostEntry> rows = new CopyOnWriteArrayList<>();

    @Override
    public void record(CostEntry entry) {
        rows.add(LedgerRows.normalized(entry));
    }

    @Override
    public List<CostEntry> forConversation(ConversationId conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return rows.stream().filter(e -> conversation.equals(e.conversation()))
                .sorted(Comparator.comparing(CostEntry::at)).toList();
    }

    /** One group of {@link #totals}: day, feature, provider, model, currency. */
    private record Group(LocalDate day, Feature feature, String provider, String model, String currency) {
    }

    @Override
    public List<CostTotal> totals(LocalDate from, LocalDate to) {
        LedgerRows.checkRange(from, to);
        Map<Group, CostTotal> groups = new HashMap<>();
        for (CostEntry e : rows) {
            LocalDate day = LedgerRows.utcDay(e.at());
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            Group key = new Group(day, e.feature(), e.provider(), e.model(), e.currency());
            CostTotal one = new CostTotal(day, e.feature(), e.provider(), e.model(), 1, e.inputTokens(),
                    e.outputTokens(), e.cachedTokens(), e.price(), e.currency());
            groups.merge(key, one, (a, b) -> new CostTotal(a.day(), a.feature(), a.provider(), a.model(),
                    a.calls() + b.calls(), a.inputTokens() + b.inputTokens(), a.outputTokens() + b.outputTokens(),
                    a.cachedTokens() + b.cachedTokens(), sum(a.price(), b.price()), a.currency()));
        }
        return groups.values().stream().sorted(TOTALS_ORDER).toList();
    }

    @Override
    public Spend spentBy(ConversationId conversation) {
        Objects.requireNonNull(conversation, "conversation");
        return spend(e -> conversation.equals(e.conversation()));
    }

    @Override
    public Spend spentOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return spend(e -> LedgerRows.utcDay(e.at()).equals(day));
    }

    private Spend spend(Predicate<CostEntry> which) {
        long tokens = 0;
        Map<String, BigDecimal> price = new TreeMap<>();
        for (CostEntry e : rows) {
            if (which.test(e)) {
                tokens += e.inputTokens() + e.outputTokens();
                if (e.price() != null && e.currency() != null) {
                    price.merge(e.currency(), e.price(), BigDecimal::add);
                }
            }
        }
        price.replaceAll((currency, amount) -> LedgerRows.money(amount));
        return new Spend(tokens, price);
    }

    /** SQL's SUM: nulls are skipped, all nulls give null. */
    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : LedgerRows.money(a.add(b));
    }
}
