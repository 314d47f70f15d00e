package io.atende.conversation;

import io.atende.shared.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link FollowUpSchedule} on the turn_queue table (H2, PostgreSQL). */
final class JdbcFollowUpSchedule implements FollowUpSchedule {

    private final JdbcClient jdbc;
    private final String lockDueSql;

    JdbcFollowUpSchedule(JdbcClient jdbc, boolean h2) {
        this.jdbc = jdbc;
        this.lockDueSql = """
                SELECT q.followups_sent,
                       CASE WHEN (q.lease_token IS NOT NULL AND q.lease_until >= ?) OR q.due_at IS NOT NULL
                                 OR EXISTS (SELECT 1 FROM messages m%s WHERE m.conversation_id = q.conversation_id
                                            AND m.direction = 'inbound' AND m.turn_id IS NULL)
                            THEN 1 ELSE 0 END AS busy
                FROM turn_queue q WHERE q.conversation_id = ? AND q.followup_due_at <= ? FOR UPDATE SKIP LOCKED"""
                .formatted(JdbcMessageStore.unansweredIndex(h2));
    }

    /** The schedule on a data source. */
    static JdbcFollowUpSchedule on(javax.sql.DataSource dataSource) {
        return new JdbcFollowUpSchedule(JdbcClient.create(dataSource), "H2".equals(DatabaseProduct.of(dataSource)));
    }

    @Override
    public void start(ConversationId id, Instant at) {
        jdbc.sql("UPDATE turn_queue SET followup_due_at = ?, followups_sent = 0 WHERE conversation_id = ?")
                .params(Times.db(at), id.value())
                .update();
    }

    @Override
    public List<ConversationId> due(Instant now, int max) {
        // candidates without locks (H2 would lock every due row under ORDER BY ... LIMIT); each is locked by id
        return jdbc.sql("SELECT conversation_id FROM turn_queue WHERE followup_due_at <= ? ORDER BY followup_due_at LIMIT ?")
                .params(Times.db(now), max)
                .query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
                .list();
    }

    @Override
    public Optional<Slot> lockDue(ConversationId id, Instant now) {
        return jdbc.sql(lockDueSql)
                .params(Times.db(now), id.value(), Times.db(now))
                .query((rs, n) -> new Slot(id, rs.getInt(1), rs.getInt(2) == 1))
                .optional();
    }

    @Override
    public void sent(ConversationId id, Instant next) {
        jdbc.sql("UPDATE turn_queue SET followups_sent = followups_sent + 1, followup_due_at = ? WHERE conversation_id = ?")
                .params(Times.db(next), id.value())
                .update();
    }

    @Override
    public void cancel(ConversationId id) {
        jdbc.sql("UPDATE turn_queue SET followup_due_at = NULL WHERE conversation_id = ?").param(id.value()).update();
    }
}
