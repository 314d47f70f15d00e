package io.atende.conversation;

import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** {@link MessageStore} on any SQL database the migrations support (H2, PostgreSQL). */
final class JdbcMessageStore implements MessageStore {

    private static final String COLUMNS = "id, direction, author, channel, text, attachments, created_at, delivery_status, delivery_error, turn_id, presentation";

    /** The width of {@code messages.delivery_error}. */
    static final int MAX_ERROR = 200;

    private final JdbcClient jdbc;
    private final SealedJson sealed;
    /** Where the unanswered messages of one conversation are read from (see {@link #unansweredIndex}). */
    private final String pendingSql;

    JdbcMessageStore(JdbcClient jdbc, SealedJson sealed, boolean h2) {
        this.jdbc = jdbc;
        this.sealed = sealed;
        this.pendingSql = "SELECT " + COLUMNS + " FROM messages" + unansweredIndex(h2)
                + " WHERE conversation_id = ? AND direction = 'inbound' AND turn_id IS NULL ORDER BY id";
    }

    /** The store on a data source, reading the way its database reads best. */
    static JdbcMessageStore on(javax.sql.DataSource dataSource, SealedJson sealed) {
        return new JdbcMessageStore(JdbcClient.create(dataSource), sealed, "H2".equals(DatabaseProduct.of(dataSource)));
    }

    /**
     * The index hint after the messages table (and its alias) in a query of one conversation's unanswered
     * messages. H2 plans {@code turn_id IS NULL}
     * on the turn_id index, which holds every unanswered message of every conversation: with a backlog of
     * thousands, each turn then scanned them all. PostgreSQL's planner picks the conversation index by itself.
     */
    static String unansweredIndex(boolean h2) {
        return h2 ? " USE INDEX (ix_messages_conversation)" : "";
    }

    /** The query behind {@link #pendingInbound}, for a test of its plan. */
    String pendingSql() {
        return pendingSql;
    }

    @Override
    public Optional<StoredMessageRef> findByExternalId(Channel channel, String externalId) {
        if (externalId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT conversation_id, id FROM messages WHERE channel = ? AND external_id = ?")
                .params(channel.wireName(), externalId)
                .query((rs, n) -> new StoredMessageRef(new ConversationId(rs.getObject(1, UUID.class)),
                        new MessageId(rs.getLong(2))))
                .optional();
    }

    @Override
    public MessageId insertInbound(ConversationId conversationId, InboundMessage message, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO messages (conversation_id, direction, author, channel, external_id, text, attachments,
                                      delivery_status, created_at, updated_at)
                VALUES (?, 'inbound', 'customer', ?, ?, ?, ?, 'received', ?, ?)""")
                .params(conversationId.value(), message.channel().wireName(), message.externalId(),
                        sealed.sealText(message.text()),
                        message.attachments().isEmpty() ? null : sealed.seal(message.attachments()),
                        Times.db(now), Times.db(now))
                .update(keys, "id");
        return new MessageId(keys.getKey().longValue());
    }

    @Override
    public MessageId insertOutbound(ConversationId conversationId, TurnId turnId, Channel channel, String author,
                                    String text, List<Choice> choices, String image, String deliveryStatus,
                                    Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO messages (conversation_id, direction, author, channel, text, presentation, turn_id,
                                      delivery_status, created_at, updated_at)
                VALUES (?, 'outbound', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(conversationId.value(), author, channel.wireName(), sealed.sealText(text),
                        sealed.sealPresentation(new Presentation(choices, image)),
                        turnId == null ? null : turnId.value(), deliveryStatus, Times.db(now), Times.db(now))
                .update(keys, "id");
        return new MessageId(keys.getKey().longValue());
    }

    @Override
    public void sendAsTemplate(MessageId id, String template) {
        jdbc.sql("UPDATE messages SET delivery_template = ? WHERE id = ?").params(template, id.value()).update();
    }

    @Override
    public List<MessageView> pendingInbound(ConversationId conversationId) {
        return jdbc.sql(pendingSql)
                .param(conversationId.value())
                .query(this::view)
                .list();
    }

    @Override
    public List<MessageView> after(ConversationId conversationId, long afterId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id LIMIT ?")
                .params(conversationId.value(), afterId, limit)
                .query(this::view)
                .list();
    }

    @Override
    public List<MessageView> lastBefore(ConversationId conversationId, long beforeId, int limit) {
        List<MessageView> newestFirst = jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE conversation_id = ?"
                        + " AND id < ? ORDER BY id DESC LIMIT ?")
                .params(conversationId.value(), beforeId, limit)
                .query(this::view)
                .list();
        List<MessageView> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    @Override
    public void markAnswered(Collection<MessageId> inbound, TurnId turnId, Instant now) {
        if (inbound.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(inbound.size() + 2);
        params.add(turnId.value());
        params.add(Times.db(now));
        inbound.forEach(id -> params.add(id.value()));
        // one statement for the whole burst: a turn's commit is on every conversation's critical path
        jdbc.sql("UPDATE messages SET turn_id = ?, updated_at = ? WHERE direction = 'inbound' AND id IN ("
                        + JdbcTurnQueue.placeholders(inbound.size()) + ")")
                .params(params)
                .update();
    }

    @Override
    public Optional<TurnId> answeringTurn(MessageId inbound) {
        return jdbc.sql("SELECT turn_id FROM messages WHERE id = ? AND turn_id IS NOT NULL")
                .param(inbound.value())
                .query((rs, n) -> new TurnId(rs.getLong(1)))
                .optional();
    }

    @Override
    public List<MessageView> outboundOf(TurnId turnId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM messages WHERE turn_id = ? AND direction = 'outbound' ORDER BY id")
                .param(turnId.value())
                .query(this::view)
                .list();
    }

    @Override
    public Optional<Instant> lastInboundAt(ConversationId conversationId) {
        return jdbc.sql("SELECT max(created_at) AS last_at FROM messages WHERE conversation_id = ? AND direction = 'inbound'")
                .param(conversationId.value())
                .query((rs, n) -> Optional.ofNullable(Times.read(rs, "last_at")))
                .single();
    }

    @Override
    public Optional<ConversationId> conversationOf(MessageId id) {
        return jdbc.sql("SELECT conversation_id FROM messages WHERE id = ?")
                .param(id.value())
                .query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
                .optional();
    }

    private MessageView view(ResultSet rs, int row) throws SQLException {
        Long turn = rs.getObject("turn_id", Long.class);
        Presentation shown = sealed.openPresentation(rs.getString("presentation"));
        return new MessageView(new MessageId(rs.getLong("id")),
                Direction.valueOf(rs.getString("direction").toUpperCase()),
                rs.getString("author"),
                Channel.fromWire(rs.getString("channel")),
                sealed.openText(rs.getString("text")),
                sealed.openAttachments(rs.getString("attachments")),
                Times.read(rs, "created_at"),
                rs.getString("delivery_status"),
                rs.getString("delivery_error"),
                turn == null ? null : new TurnId(turn), shown.choices(), shown.image());
    }
}
