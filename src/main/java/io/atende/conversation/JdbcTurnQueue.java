package io.atende.conversation;

import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.shared.ConversationId;
import io.atende.shared.SecureRandoms;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TurnQueue} on SQL. Claims use {@code FOR UPDATE SKIP LOCKED}, so several instances on one
 * PostgreSQL share the work without ever leasing one conversation twice.
 */
final class JdbcTurnQueue implements TurnQueue {

    private final JdbcClient jdbc;
    /** PostgreSQL claims in one statement; H2 needs the portable three (see {@link #claimDue}). */
    private final boolean postgres;

    JdbcTurnQueue(JdbcClient jdbc, boolean postgres) {
        this.jdbc = jdbc;
        this.postgres = postgres;
    }

    /** The queue on a data source, claiming the way its database does best. */
    static JdbcTurnQueue on(javax.sql.DataSource dataSource) {
        return new JdbcTurnQueue(JdbcClient.create(dataSource), "PostgreSQL".equals(DatabaseProduct.of(dataSource)));
    }

    @Override
    public void create(ConversationId id) {
        jdbc.sql("INSERT INTO turn_queue (conversation_id, inbound_seq) VALUES (?, 0)").param(id.value()).update();
    }

    @Override
    public Instant schedule(ConversationId id, Instant now, Aggregation aggregation) {
        Instant first = jdbc.sql("SELECT first_pending_at FROM turn_queue WHERE conversation_id = ? FOR UPDATE")
                .param(id.value())
                .query((rs, n) -> Optional.ofNullable(Times.read(rs, "first_pending_at")))
                .single()
                .orElse(now);
        Instant quietEnd = now.plusMillis(aggregation.quietMs());
        Instant hardEnd = first.plusMillis(aggregation.maxMs());
        Instant due = quietEnd.isBefore(hardEnd) ? quietEnd : hardEnd;
        // the customer wrote: a pending follow-up is off, and the next silence starts counting follow-ups from zero
        jdbc.sql("UPDATE turn_queue SET inbound_seq = inbound_seq + 1, first_pending_at = ?, due_at = ?,"
                        + " followup_due_at = NULL, followups_sent = 0 WHERE conversation_id = ?")
                .params(Times.db(first), Times.db(due), id.value())
                .update();
        return due;
    }

    @Override
    public List<Claim> claimDue(Instant now, int max, Duration lease) {
        return postgres ? claimInOneStatement(now, max, lease) : claimPortably(now, max, lease);
    }

    /**
     * PostgreSQL locks only the rows a {@code FOR UPDATE SKIP LOCKED … LIMIT} subquery returns, so candidates,
     * locks and lease are one statement: a claim is on the path of every turn.
     */
    private List<Claim> claimInOneStatement(Instant now, int max, Duration lease) {
        record Due(UUID id, long seq, Instant due) {
        }
        String token = SecureRandoms.randomUuid().toString();
        // A lease is soft state: if PostgreSQL loses it in a crash, the turn is simply claimed again, and a
        // reply commits only while its lease token still holds. So this commit need not wait for the WAL
        // flush that would otherwise sit on every turn's path (only this transaction is affected).
        jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
        return jdbc.sql("""
                UPDATE turn_queue SET lease_token = ?, lease_until = ?
                WHERE conversation_id IN (
                    SELECT conversation_id FROM turn_queue
                    WHERE due_at <= ? AND (lease_until IS NULL OR lease_until < ?)
                    ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING conversation_id, inbound_seq, due_at""")
                .params(token, Times.db(now.plus(lease)), Times.db(now), Times.db(now), max)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getLong(2), Times.read(rs, "due_at")))
                .list().stream()
                .sorted(java.util.Comparator.comparing(Due::due))
                .map(d -> new Claim(new ConversationId(d.id()), token, d.seq()))
                .toList();
    }

    private List<Claim> claimPortably(Instant now, int max, Duration lease) {
        record Due(UUID id, long seq) {
        }
        // candidates first, without locks: H2 would lock every due row, not just the first max, when a
        // FOR UPDATE query has ORDER BY and LIMIT, and so block accepts of every waiting conversation
        List<UUID> candidates = jdbc.sql("""
                SELECT conversation_id FROM turn_queue
                WHERE due_at <= ? AND (lease_until IS NULL OR lease_until < ?)
                ORDER BY due_at LIMIT ?""")
                .params(Times.db(now), Times.db(now), max)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Object> lockParams = new ArrayList<>(candidates);
        lockParams.add(Times.db(now));
        lockParams.add(Times.db(now));
        Map<UUID, Long> locked = jdbc.sql("SELECT conversation_id, inbound_seq FROM turn_queue WHERE conversation_id IN ("
                        + placeholders(candidates.size()) + ") AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?)"
                        + " FOR UPDATE SKIP LOCKED")
                .params(lockParams)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Due::id, Due::seq));
        List<Due> due = candidates.stream().filter(locked::containsKey).map(id -> new Due(id, locked.get(id))).toList();
        if (due.isEmpty()) {
            return List.of();
        }
        // one token for the whole batch: a lease is identified by conversation and token together
        String token = SecureRandoms.randomUuid().toString();
        List<Object> params = new ArrayList<>(due.size() + 2);
        params.add(token);
        params.add(Times.db(now.plus(lease)));
        due.forEach(d -> params.add(d.id()));
        jdbc.sql("UPDATE turn_queue SET lease_token = ?, lease_until = ? WHERE conversation_id IN ("
                        + placeholders(due.size()) + ")")
                .params(params)
                .update();
        return due.stream().map(d -> new Claim(new ConversationId(d.id()), token, d.seq())).toList();
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    @Override
    public void interrupt(ConversationId id) {
        jdbc.sql("UPDATE turn_queue SET inbound_seq = inbound_seq + 1 WHERE conversation_id = ?").param(id.value()).update();
    }

    @Override
    public long inboundSeq(ConversationId id) {
        return jdbc.sql("SELECT inbound_seq FROM turn_queue WHERE conversation_id = ?")
                .param(id.value())
                .query(Long.class)
                .single();
    }

    @Override
    public boolean complete(Claim claim, long seenSeq) {
        return jdbc.sql("""
                UPDATE turn_queue SET first_pending_at = NULL, due_at = NULL, lease_token = NULL, lease_until = NULL
                WHERE conversation_id = ? AND lease_token = ? AND inbound_seq = ?""")
                .params(claim.conversationId().value(), claim.token(), seenSeq)
                .update() == 1;
    }

    @Override
    public void release(Claim claim) {
        jdbc.sql("UPDATE turn_queue SET lease_token = NULL, lease_until = NULL WHERE conversation_id = ? AND lease_token = ?")
                .params(claim.conversationId().value(), claim.token())
                .update();
    }

    @Override
    public void postpone(Claim claim, Instant dueAt) {
        jdbc.sql("UPDATE turn_queue SET lease_token = NULL, lease_until = NULL, due_at = ? WHERE conversation_id = ? AND lease_token = ?")
                .params(Times.db(dueAt), claim.conversationId().value(), claim.token())
                .update();
    }

    @Override
    public boolean renew(Claim claim, Instant until) {
        return jdbc.sql("UPDATE turn_queue SET lease_until = ? WHERE conversation_id = ? AND lease_token = ?")
                .params(Times.db(until), claim.conversationId().value(), claim.token())
                .update() == 1;
    }

    @Override
    public long dueCount(Instant now) {
        return jdbc.sql("SELECT count(*) FROM turn_queue WHERE due_at <= ?").param(Times.db(now)).query(Long.class).single();
    }

    @Override
    public Optional<Instant> nextDue() {
        return jdbc.sql("SELECT min(due_at) AS next_due FROM turn_queue WHERE lease_token IS NULL")
                .query((rs, n) -> Optional.ofNullable(Times.read(rs, "next_due")))
                .single();
    }
}
