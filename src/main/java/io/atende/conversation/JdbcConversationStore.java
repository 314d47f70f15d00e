package io.atende.conversation;

import io.atende.journey.JourneyState;
import io.atende.shared.ContactId;
import io.atende.shared.ConversationId;
import io.atende.shared.TurnId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** {@link ConversationStore} on any SQL database the migrations support (H2, PostgreSQL). */
final class JdbcConversationStore implements ConversationStore {

    private final JdbcClient jdbc;
    private final SealedJson sealed;

    JdbcConversationStore(JdbcClient jdbc, SealedJson sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    @Override
    public LockedContact lockContact(Channel channel, String externalId, String displayName, Instant now) {
        Optional<LockedContact> existing = jdbc.sql("""
                SELECT k.id, (SELECT c.id FROM conversations c WHERE c.contact_id = k.id AND c.status = 'open'
                              ORDER BY c.created_at DESC LIMIT 1) AS open_id
                FROM contacts k WHERE k.channel = ? AND k.external_id = ? FOR UPDATE""")
                .params(channel.wireName(), externalId)
                .query((rs, n) -> new LockedContact(new ContactId(rs.getObject(1, UUID.class)),
                        Optional.ofNullable(rs.getObject(2, UUID.class)).map(ConversationId::new)))
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        // A concurrent insert of the same identity fails on uq_contacts_identity; the caller retries.
        ContactId id = ContactId.random();
        jdbc.sql("INSERT INTO contacts (id, channel, external_id, display_name, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(id.value(), channel.wireName(), externalId, sealed.sealText(displayName), Times.db(now))
                .update();
        return new LockedContact(id, Optional.empty());
    }

    @Override
    public ConversationId open(ContactId contactId, Channel channel, Instant now) {
        ConversationId id = ConversationId.random();
        jdbc.sql("""
                INSERT INTO conversations (id, contact_id, channel, status, handoff_state, created_at, updated_at, last_message_at)
                VALUES (?, ?, ?, 'open', 'none', ?, ?, ?)""")
                .params(id.value(), contactId.value(), channel.wireName(), Times.db(now), Times.db(now), Times.db(now))
                .update();
        return id;
    }

    @Override
    public void touch(ConversationId id, Instant now) {
        jdbc.sql("UPDATE conversations SET last_message_at = ? WHERE id = ?").params(Times.db(now), id.value()).update();
    }

    @Override
    public Optional<ConversationState> state(ConversationId id) {
        return jdbc.sql("""
                SELECT c.id, k.external_id, c.channel, c.status, c.journey, c.journey_state, c.attributes, c.handoff_state,
                       c.handoff_reason, c.handoff_since, c.handoff_operator, c.created_at, c.updated_at, p.opted_out_at
                FROM conversations c JOIN contacts k ON k.id = c.contact_id
                LEFT JOIN contact_preferences p ON p.contact_id = c.contact_id WHERE c.id = ?""")
                .param(id.value())
                .query(this::toState)
                .optional();
    }

    @Override
    public Optional<ConversationState> lockState(ConversationId id) {
        // the conversations row alone: locking the joined contacts row too would take the accept's locks in the
        // opposite order (accept locks the contact, then turn_queue; callers here hold turn_queue already)
        boolean exists = jdbc.sql("SELECT id FROM conversations WHERE id = ? FOR UPDATE").param(id.value())
                .query((rs, n) -> rs.getObject(1, UUID.class)).optional().isPresent();
        return exists ? state(id) : Optional.empty();
    }

    @Override
    public void recordProactiveConsent(ConversationId id, TurnEffects.ProactiveConsent consent) {
        // an opt-out keeps the last opt-in, an opt-in clears the opt-out; the events keep the whole history
        String set = consent.optedOut()
                ? "opted_out_at = v.at, opt_out_text = v.text"
                : "opted_out_at = NULL, opt_out_text = NULL, opted_in_at = v.at, opt_in_text = v.text";
        String insert = consent.optedOut()
                ? "(contact_id, opted_out_at, opt_out_text, updated_at) VALUES (v.contact_id, v.at, v.text, v.at)"
                : "(contact_id, opted_in_at, opt_in_text, updated_at) VALUES (v.contact_id, v.at, v.text, v.at)";
        jdbc.sql("MERGE INTO contact_preferences p USING (SELECT contact_id, CAST(? AS TIMESTAMP WITH TIME ZONE) AS at,"
                        + " CAST(? AS TEXT) AS text FROM conversations WHERE id = ?) v ON p.contact_id = v.contact_id"
                        + " WHEN MATCHED THEN UPDATE SET " + set + ", updated_at = v.at"
                        + " WHEN NOT MATCHED THEN INSERT " + insert)
                .params(Times.db(consent.at()), sealed.sealText(consent.text()), id.value())
                .update();
    }

    /**
     * The one rule for {@code handoff_since}, given the new state and the time as parameters: the wait counts from when
     * a person was first asked for (taking over does not restart it) and ends with the return to the agent. The
     * right-hand sides of an UPDATE read the row as it was.
     */
    private static final String HANDOFF_SINCE =
            "handoff_since = CASE WHEN handoff_state <> 'none' AND ? <> 'none' THEN handoff_since ELSE ? END";

    /** The width of {@code conversations.handoff_reason}. */
    static final int MAX_REASON = 200;

    /**
     * A reason that fits its column: a journey's reason may quote the customer ("Assunto: {{assunto}}"), and a
     * long quote must not fail the turn that asks for a person (it did, at every retry, under load).
     */
    static String clip(String reason) {
        if (reason == null || reason.length() <= MAX_REASON) {
            return reason;
        }
        int cut = reason.lastIndexOf(' ', MAX_REASON - 1);
        return reason.substring(0, cut > MAX_REASON / 2 ? cut : MAX_REASON - 1).stripTrailing() + "…";
    }

    private static Object[] handoffSince(String state, Instant now) {
        return new Object[] {state, "none".equals(state) ? null : Times.db(now)};
    }

    @Override
    public void saveState(ConversationId id, Map<String, String> attributes, JourneyState journey, String handoffState,
                          String handoffReason, Instant now) {
        jdbc.sql("UPDATE conversations SET attributes = ?, journey = ?, journey_state = ?, " + HANDOFF_SINCE + ","
                        + " handoff_state = ?, handoff_reason = ?, updated_at = ?, last_message_at = ? WHERE id = ?")
                .params(attributes.isEmpty() ? null : sealed.seal(attributes), journey == null ? null : journey.journey(),
                        sealed.seal(journey))
                .params(handoffSince(handoffState, now))
                .params(handoffState, clip(handoffReason), Times.db(now), Times.db(now), id.value())
                .update();
    }

    @Override
    public void handoff(ConversationId id, String state, String reason, String operator, Instant now) {
        jdbc.sql("UPDATE conversations SET " + HANDOFF_SINCE + ","
                        + " handoff_state = ?, handoff_reason = ?, handoff_operator = ?, updated_at = ? WHERE id = ?")
                .params(handoffSince(state, now))
                .params(state, clip(reason), operator, Times.db(now), id.value())
                .update();
    }

    @Override
    public TurnId insertTurn(ConversationId id, String engine, String instanceId, int inboundCount,
                             Instant firstInboundAt, Instant startedAt, Instant finishedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO turns (conversation_id, engine, instance_id, inbound_count, first_inbound_at, started_at, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), engine, instanceId, inboundCount, Times.db(firstInboundAt), Times.db(startedAt),
                        Times.db(finishedAt))
                .update(keys, "id");
        return new TurnId(keys.getKey().longValue());
    }

    @Override
    public void appendEvent(ConversationId id, String type, Map<String, Object> payload, Instant now) {
        jdbc.sql("INSERT INTO conversation_events (conversation_id, type, payload, created_at) VALUES (?, ?, ?, ?)")
                .params(id.value(), type, payload == null || payload.isEmpty() ? null : sealed.seal(payload), Times.db(now))
                .update();
    }

    @Override
    public List<StoredEvent> events(ConversationId id) {
        return events("", id);
    }

    @Override
    public List<StoredEvent> timeline(ConversationId id) {
        return events(" AND type <> '" + TURN_COMPLETED + "'", id);
    }

    private List<StoredEvent> events(String condition, ConversationId id) {
        return jdbc.sql("SELECT id, type, payload, created_at FROM conversation_events WHERE conversation_id = ?"
                        + condition + " ORDER BY id")
                .param(id.value())
                .query((rs, n) -> new StoredEvent(rs.getLong("id"), rs.getString("type"),
                        sealed.openObjectMap(rs.getString("payload")), Times.read(rs, "created_at")))
                .list();
    }

    @Override
    public List<ConversationSummary> recent(int limit) {
        return jdbc.sql(SUMMARY + " ORDER BY c.last_message_at DESC LIMIT ?").param(limit).query(this::toSummary).list();
    }

    @Override
    public List<ConversationSummary> handoffQueue(int limit) {
        return jdbc.sql(SUMMARY + " WHERE c.handoff_state <> 'none' AND c.status = 'open'"
                        + " ORDER BY c.handoff_since, c.id LIMIT ?")
                .param(limit).query(this::toSummary).list();
    }

    private static final String SUMMARY = """
            SELECT c.id, c.channel, k.external_id, c.status, c.handoff_state, c.handoff_reason, c.handoff_since,
                   c.handoff_operator, c.last_message_at,
                   (SELECT m.text FROM messages m WHERE m.conversation_id = c.id ORDER BY m.id DESC LIMIT 1) AS last_text,
                   (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS message_count
            FROM conversations c JOIN contacts k ON k.id = c.contact_id""";

    private ConversationSummary toSummary(ResultSet rs, int row) throws SQLException {
        return new ConversationSummary(new ConversationId(rs.getObject("id", UUID.class)),
                Channel.fromWire(rs.getString("channel")), rs.getString("external_id"), rs.getString("status"),
                handoff(rs), Times.read(rs, "last_message_at"), sealed.openText(rs.getString("last_text")),
                rs.getLong("message_count"));
    }

    private static ConversationView.Handoff handoff(ResultSet rs) throws SQLException {
        return new ConversationView.Handoff(rs.getString("handoff_state"), rs.getString("handoff_reason"),
                Times.read(rs, "handoff_since"), rs.getString("handoff_operator"));
    }

    private ConversationState toState(ResultSet rs, int row) throws SQLException {
        return new ConversationState(new ConversationId(rs.getObject("id", UUID.class)), rs.getString("external_id"),
                Channel.fromWire(rs.getString("channel")), rs.getString("status"), rs.getString("journey"),
                sealed.openJourney(rs.getString("journey_state")), sealed.openStringMap(rs.getString("attributes")),
                handoff(rs), Times.read(rs, "created_at"), Times.read(rs, "updated_at"), Times.read(rs, "opted_out_at"));
    }
}
