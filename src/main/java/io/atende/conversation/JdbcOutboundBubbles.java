package io.atende.conversation;

import io.atende.shared.MessageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bubbles of outbound messages on the outbound_bubbles table (H2, PostgreSQL): each bubble's channel id and the
 * furthest status reported for it, also when the report came before the bubble's id was recorded.
 */
final class JdbcOutboundBubbles {

    /** What a status report did to its bubble. */
    enum Report { ADVANCED, STALE, KEPT_UNTIL_SENT }

    private final JdbcClient jdbc;

    JdbcOutboundBubbles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the bubbles a channel acknowledged for {@code message}; a status reported earlier is kept. */
    void sent(MessageId message, Channel channel, List<String> externalIds, Instant now) {
        for (String externalId : externalIds) {
            int joined = jdbc.sql("UPDATE outbound_bubbles SET message_id = ? WHERE channel = ? AND external_id = ?"
                            + " AND message_id IS NULL")
                    .params(message.value(), channel.wireName(), externalId)
                    .update();
            if (joined == 0 && messageOf(channel, externalId).isEmpty()) {
                insert(channel, externalId, message, DeliveryStatus.SENT, null, now);
            }
        }
    }

    /** Moves a bubble's status forward; a report for a bubble not recorded yet is kept for when it is. */
    Report report(Channel channel, String externalId, DeliveryStatus status, String error, Instant now) {
        for (int attempt = 1; ; attempt++) {
            if (advance(channel, externalId, status, error, now)) {
                return Report.ADVANCED;
            }
            if (exists(channel, externalId)) {
                return Report.STALE;
            }
            try {
                insert(channel, externalId, null, status, error, now);
                return Report.KEPT_UNTIL_SENT;
            } catch (DuplicateKeyException e) {
                // the worker recorded the bubble, or another report of it came, just now: advance that row
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** The message a bubble belongs to, once its send is recorded. */
    Optional<MessageId> messageOf(Channel channel, String externalId) {
        return jdbc.sql("SELECT message_id FROM outbound_bubbles WHERE channel = ? AND external_id = ? AND message_id IS NOT NULL")
                .params(channel.wireName(), externalId)
                .query((rs, n) -> new MessageId(rs.getLong(1)))
                .optional();
    }

    /** One bubble's reported status and error. */
    private record Bubble(DeliveryStatus status, String error) {
    }

    /**
     * Where a message stands as a whole: failed (with a failed bubble's error) when a bubble failed, otherwise as
     * far as its least advanced bubble (a reply is read when all of it was read); empty when no bubble is recorded.
     */
    Optional<Bubble> statusOf(MessageId message) {
        List<Bubble> bubbles = jdbc.sql("SELECT status, error FROM outbound_bubbles WHERE message_id = ?")
                .param(message.value())
                .query((rs, n) -> new Bubble(DeliveryStatus.fromWire(rs.getString(1)).orElse(DeliveryStatus.SENT),
                        rs.getString(2)))
                .list();
        // a failed bubble that says why, if one does
        Optional<Bubble> failed = bubbles.stream().filter(b -> b.status() == DeliveryStatus.FAILED)
                .max(java.util.Comparator.comparing(b -> b.error() != null));
        return failed.isPresent() ? failed : bubbles.stream().min(java.util.Comparator.comparing(Bubble::status));
    }

    /** Brings a sent message's own status up to its bubbles' ({@link #statusOf}); false when it did not move. */
    boolean settle(MessageId message, Instant now) {
        return statusOf(message).map(b -> settleMessage(message, b.status(),
                b.status() == DeliveryStatus.FAILED ? b.error() : null, now)).orElse(false);
    }

    /** Records the bubbles a channel acknowledged and brings the message's status up to theirs. */
    void sentAndSettle(MessageId message, Channel channel, List<String> externalIds, Instant now) {
        sent(message, channel, externalIds, now);
        settle(message, now);
    }

    private boolean settleMessage(MessageId id, DeliveryStatus status, String error, Instant now) {
        // a pending message stays the delivery worker's until all its bubbles went out
        return forward("UPDATE messages SET delivery_status = ?, delivery_error = COALESCE(?, delivery_error),"
                        + " updated_at = ? WHERE id = ? AND direction = 'outbound' AND delivery_status IN (",
                List.of(id.value()), status.replacedWireNames().stream().filter(w -> !w.equals("pending")).toList(),
                status, error, now);
    }

    private boolean advance(Channel channel, String externalId, DeliveryStatus status, String error, Instant now) {
        return forward("UPDATE outbound_bubbles SET status = ?, error = COALESCE(?, error), updated_at = ?"
                        + " WHERE channel = ? AND external_id = ? AND status IN (",
                List.of(channel.wireName(), externalId), status.replacedWireNames(), status, error, now);
    }

    /**
     * Runs {@code update} (status, error, time, then the key, then the statuses it replaces): the status condition
     * is in the statement itself, so two reports racing cannot move anything backwards. A later status keeps the
     * failure it replaced, if any.
     */
    private boolean forward(String update, List<Object> key, List<String> replaced, DeliveryStatus status, String error,
                            Instant now) {
        if (replaced.isEmpty()) {
            return false;
        }
        List<Object> params = new ArrayList<>();
        params.add(status.wireName());
        params.add(clip(error));
        params.add(Times.db(now));
        params.addAll(key);
        params.addAll(replaced);
        return jdbc.sql(update + JdbcTurnQueue.placeholders(replaced.size()) + ")").params(params).update() > 0;
    }

    private boolean exists(Channel channel, String externalId) {
        return jdbc.sql("SELECT count(*) FROM outbound_bubbles WHERE channel = ? AND external_id = ?")
                .params(channel.wireName(), externalId)
                .query(Long.class).single() > 0;
    }

    private void insert(Channel channel, String externalId, MessageId message, DeliveryStatus status, String error,
                        Instant now) {
        jdbc.sql("INSERT INTO outbound_bubbles (channel, external_id, message_id, status, error, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(channel.wireName(), externalId, message == null ? null : message.value(), status.wireName(),
                        clip(error), Times.db(now))
                .update();
    }

    private static String clip(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), JdbcMessageStore.MAX_ERROR));
    }
}
