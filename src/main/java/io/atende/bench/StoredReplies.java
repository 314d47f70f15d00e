package io.atende.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a benchmark run left in the database for {@link ReplyAudit}: the inbound messages with their answering turn,
 * the replies, and the silent turns of conversations with a person.
 */
record StoredReplies(List<ReplyAudit.Inbound> inbound, List<ReplyAudit.Reply> replies, Map<Long, Instant> personTurns) {

    static StoredReplies load(JdbcClient jdbc) {
        List<ReplyAudit.Inbound> inbound = jdbc.sql(
                        "SELECT external_id, created_at, turn_id FROM messages WHERE direction = 'inbound'")
                .query((rs, n) -> new ReplyAudit.Inbound(rs.getString(1), instant(rs, 2),
                        (Long) rs.getObject(3, Long.class))).list();
        List<ReplyAudit.Reply> replies = jdbc.sql("SELECT turn_id, created_at FROM messages WHERE direction = 'outbound'")
                .query((rs, n) -> new ReplyAudit.Reply(rs.getLong(1), instant(rs, 2))).list();
        Map<Long, Instant> personTurns = jdbc.sql("SELECT id, finished_at FROM turns WHERE engine = 'handoff'")
                .query((rs, n) -> Map.entry(rs.getLong(1), instant(rs, 2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new StoredReplies(inbound, replies, personTurns);
    }

    /** The audit of these rows against the messages the server accepted. */
    ReplyAudit audit(Set<String> acceptedIds) {
        return ReplyAudit.check(acceptedIds, inbound, replies, personTurns);
    }

    /** Waits until every stored message is answered, or {@code seconds} are up (what is left counts as lost). */
    static void drain(JdbcClient jdbc, int seconds) {
        drain(jdbc, seconds, 0);
    }

    /**
     * Also waits for {@code inbound} customer messages to be stored at all: a webhook acknowledges a delivery once it
     * is in its journal, before its message is in the database.
     */
    static void drain(JdbcClient jdbc, int seconds, long inbound) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            // the unanswered through the turn_id index; all of them, a scan of the table, only once none is left:
            // through H2's automatic server a scan runs in the server's JVM, and one every 100 ms read every
            // message page into its cache and allocated for it right before the measured window
            long unanswered = jdbc.sql("SELECT count(*) FROM messages WHERE turn_id IS NULL AND direction = 'inbound'")
                    .query(Long.class).single();
            if (unanswered == 0 && (inbound == 0 || jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'inbound'")
                    .query(Long.class).single() >= inbound)) {
                return;
            }
            try {
                Thread.sleep(100); // polling the state with a deadline: the bench has no other signal
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
