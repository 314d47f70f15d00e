package io.atende.llm;

import io.atende.shared.ConversationId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link CostLedger} on the {@code cost_ledger} table (H2 and PostgreSQL alike). */
final class JdbcCostLedger implements CostLedger {

    private static final String COLUMNS = "at, conversation_id, feature, provider, model, input_tokens, output_tokens,"
            + " cached_tokens, price, currency, price_id, estimated, latency_ms, outcome";

    private final JdbcClient jdbc;

    JdbcCostLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(CostEntry entry) {
        CostEntry row = LedgerRows.normalized(entry);
        jdbc.sql("INSERT INTO cost_ledger (utc_day, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(LedgerRows.utcDay(row.at()), row.at().atOffset(ZoneOffset.UTC),
                        row.conversation() == null ? null : row.conversation().value(), row.feature().wireName(),
                        row.provider(), row.model(), row.inputTokens(), row.outputTokens(), row.cachedTokens(),
                        row.price(), row.currency(), row.priceId(), row.estimated(), row.latencyMs(), row.outcome())
                .update();
    }

    @Override
    public List<CostEntry> forConversation(ConversationId conversation) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM cost_ledger WHERE conversation_id = ? ORDER BY at, id")
                .param(conversation.value())
                .query((rs, n) -> entry(rs))
                .list();
    }

    @Override
    public List<CostTotal> totals(LocalDate from, LocalDate to) {
        LedgerRows.checkRange(from, to);
        return jdbc.sql("""
                SELECT utc_day, feature, provider, model, currency, count(*), sum(input_tokens), sum(output_tokens),
                       sum(cached_tokens), sum(price)
                FROM cost_ledger WHERE utc_day BETWEEN ? AND ?
                GROUP BY utc_day, feature, provider, model, currency
                ORDER BY utc_day, feature, provider, model, currency""")
                .params(from, to)
                .query((rs, n) -> new CostTotal(rs.getObject(1, LocalDate.class), Feature.ofWireName(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        LedgerRows.money(rs.getBigDecimal(10)), rs.getString(5)))
                .list();
    }

    @Override
    public Spend spentBy(ConversationId conversation) {
        return spend("conversation_id = ?", conversation.value());
    }

    @Override
    public Spend spentOn(LocalDate day) {
        return spend("utc_day = ?", day);
    }

    private Spend spend(String where, Object value) {
        long[] tokens = {0};
        Map<String, BigDecimal> price = new HashMap<>();
        jdbc.sql("SELECT currency, sum(input_tokens + output_tokens), sum(price) FROM cost_ledger WHERE " + where
                        + " GROUP BY currency")
                .param(value)
                .query(rs -> {
                    tokens[0] += rs.getLong(2);
                    BigDecimal sum = rs.getBigDecimal(3);
                    if (rs.getString(1) != null && sum != null) {
                        price.put(rs.getString(1), LedgerRows.money(sum));
                    }
                });
        return new Spend(tokens[0], price);
    }

    private static CostEntry entry(ResultSet rs) throws SQLException {
        UUID conversation = rs.getObject("conversation_id", UUID.class);
        Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
        return new CostEntry(at, conversation == null ? null : new ConversationId(conversation),
                Feature.ofWireName(rs.getString("feature")), rs.getString("provider"), rs.getString("model"),
                rs.getLong("input_tokens"), rs.getLong("output_tokens"), rs.getLong("cached_tokens"),
                LedgerRows.money(rs.getBigDecimal("price")), rs.getString("currency"), rs.getString("price_id"),
                rs.getBoolean("estimated"), rs.getLong("latency_ms"), rs.getString("outcome"));
    }
}
