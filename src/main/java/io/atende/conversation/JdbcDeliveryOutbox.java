package io.atende.conversation;

import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delivery outbox on the messages table (H2, PostgreSQL): pending outbound messages of a push channel, claimed
 * with a lease ({@code delivery_due_at}) under {@code FOR UPDATE SKIP LOCKED}, so instances sharing a database
 * never send one message at the same time. Only the oldest pending message of a conversation can be claimed, so a
 * conversation's messages go out one after the other, in order. Callers hold the transaction.
 */
final class JdbcDeliveryOutbox {

    private final JdbcClient jdbc;
    private final SealedJson sealed;

    JdbcDeliveryOutbox(JdbcClient jdbc, SealedJson sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    /** Leases up to {@code max} due messages of {@code channel} (one per conversation) until {@code leaseUntil}. */
    List<OutboundMessage> claim(Channel channel, Instant now, int max, Instant leaseUntil) {
        // candidates without locks (H2 would lock every matching row under ORDER BY ... LIMIT); each is locked by id
        List<Long> candidates = jdbc.sql("""
                SELECT m.id FROM messages m
                WHERE m.delivery_status = 'pending' AND m.direction = 'outbound' AND m.channel = ?
                  AND (m.delivery_due_at IS NULL OR m.delivery_due_at <= ?)
                  AND NOT EXISTS (SELECT 1 FROM messages e WHERE e.conversation_id = m.conversation_id
                                  AND e.delivery_status = 'pending' AND e.direction = 'outbound' AND e.id < m.id)
                ORDER BY m.id LIMIT ?""")
                .params(channel.wireName(), Times.db(now), max)
                .query(Long.class).list();
        List<OutboundMessage> claimed = new ArrayList<>();
        for (long id : candidates) {
            boolean locked = jdbc.sql("""
                    SELECT id FROM messages WHERE id = ? AND delivery_status = 'pending'
                      AND (delivery_due_at IS NULL OR delivery_due_at <= ?) FOR UPDATE SKIP LOCKED""")
                    .params(id, Times.db(now)).query(Long.class).optional().isPresent();
            if (!locked) {
                continue; // another instance holds it, or it was sent meanwhile
            }
            jdbc.sql("UPDATE messages SET delivery_due_at = ?, delivery_attempts = delivery_attempts + 1 WHERE id = ?")
                    .params(Times.db(leaseUntil), id).update();
            claimed.add(jdbc.sql("""
                    SELECT m.conversation_id, m.text, m.presentation, m.delivery_parts, m.delivery_template,
                           m.delivery_attempts, c.external_id AS recipient
                    FROM messages m JOIN conversations v ON v.id = m.conversation_id JOIN contacts c ON c.id = v.contact_id
                    WHERE m.id = ?""")
                    .param(id)
                    .query((rs, n) -> {
                        Presentation shown = sealed.openPresentation(rs.getString("presentation"));
                        return new OutboundMessage(new MessageId(id),
                                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                                rs.getString("recipient"), sealed.openText(rs.getString("text")),
                                rs.getInt("delivery_parts"), rs.getString("delivery_template"),
                                rs.getInt("delivery_attempts"), shown.choices(), shown.image());
                    })
                    .single());
        }
        return claimed;
    }

    /** Records a delivered message: its channel id (the last bubble's) and the template sent instead, if any. */
    boolean sent(MessageId id, String externalId, int parts, String template, Instant now) {
        return jdbc.sql("""
                UPDATE messages SET delivery_status = 'sent', external_id = ?, delivery_parts = ?, delivery_due_at = NULL,
                       delivery_template = COALESCE(?, delivery_template), delivery_error = NULL, updated_at = ?
                WHERE id = ? AND delivery_status = 'pending'""")
                .params(externalId, parts, template, Times.db(now), id.value())
                .update() == 1;
    }

    /** Leaves the message pending until {@code dueAt}, remembering the bubbles already sent and the last error. */
    void retryAt(MessageId id, Instant dueAt, int parts, String errorCode, Instant now) {
        jdbc.sql("""
                UPDATE messages SET delivery_due_at = ?, delivery_parts = ?, delivery_error = ?, updated_at = ?
                WHERE id = ? AND delivery_status = 'pending'""")
                .params(Times.db(dueAt), parts, errorCode, Times.db(now), id.value())
                .update();
    }

    /** Gives up on a message. */
    void failed(MessageId id, int parts, String errorCode, Instant now) {
        jdbc.sql("""
                UPDATE messages SET delivery_status = 'failed', delivery_due_at = NULL, delivery_parts = ?,
                       delivery_error = ?, updated_at = ?
                WHERE id = ? AND delivery_status = 'pending'""")
                .params(parts, errorCode, Times.db(now), id.value())
                .update();
    }

    /** Where a typing indicator goes: the contact and the channel id of the customer's latest message. */
    Optional<TypingNotice> typing(ConversationId id) {
        return jdbc.sql("""
                SELECT c.external_id AS recipient,
                       (SELECT m.external_id FROM messages m WHERE m.conversation_id = v.id AND m.direction = 'inbound'
                        AND m.external_id IS NOT NULL ORDER BY m.id DESC LIMIT 1) AS last_inbound
                FROM conversations v JOIN contacts c ON c.id = v.contact_id WHERE v.id = ?""")
                .param(id.value())
                .query((rs, n) -> new TypingNotice(id, rs.getString("recipient"), rs.getString("last_inbound")))
                .optional();
    }

    /** The channel of a conversation. */
    Optional<Channel> channelOf(ConversationId id) {
        return jdbc.sql("SELECT channel FROM conversations WHERE id = ?").param(id.value())
                .query((rs, n) -> Channel.fromWire(rs.getString(1))).optional();
    }
}
