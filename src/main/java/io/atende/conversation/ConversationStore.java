package io.atende.conversation;

import io.atende.journey.JourneyState;
import io.atende.shared.ConversationId;
import io.atende.shared.ContactId;
import io.atende.shared.TurnId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: contacts, conversations and their state, turns and the append-only event log. Callers hold the transaction. */
interface ConversationStore {

    /**
     * Finds or creates the contact for a channel identity and locks it until the transaction ends,
     * so concurrent first messages of one person open one conversation, not two; with its open
     * conversation, if any (read in the same statement: this is on every message's path).
     */
    LockedContact lockContact(Channel channel, String externalId, String displayName, Instant now);

    ConversationId open(ContactId contactId, Channel channel, Instant now);

    /** Marks activity so the console lists the conversation first. */
    void touch(ConversationId id, Instant now);

    Optional<ConversationState> state(ConversationId id);

    /**
     * {@link #state} with the conversation row locked until the transaction ends, so that a change of status or
     * handoff cannot slip in between a check and what the caller does on it. Callers that lock the turn_queue row
     * must do so first (the order a finishing turn uses).
     */
    Optional<ConversationState> lockState(ConversationId id);

    /** Records, for the contact of the conversation, whether they accept proactive messages, as they just said. */
    void recordProactiveConsent(ConversationId id, TurnEffects.ProactiveConsent consent);

    /**
     * Saves what a turn changed. {@code journey} is where the conversation waits in a journey, {@code null} when it is
     * in none; its name goes to the {@code journey} column (readable for the console), the rest sealed beside it.
     */
    void saveState(ConversationId id, Map<String, String> attributes, JourneyState journey, String handoffState,
                   String handoffReason, Instant now);

    /**
     * Sets the handoff state outside a turn (an operator takes over or hands back); {@code handoff_since} starts
     * when a person is first asked for (or taken) and ends when the conversation is back with the agent. Callers first lock the conversation's turn queue row ({@link TurnQueue#interrupt}).
     */
    void handoff(ConversationId id, String state, String reason, String operator, Instant now);

    TurnId insertTurn(ConversationId id, String engine, String instanceId, int inboundCount, Instant firstInboundAt,
                      Instant startedAt, Instant finishedAt);

    void appendEvent(ConversationId id, String type, Map<String, Object> payload, Instant now);

    List<StoredEvent> events(ConversationId id);

    /**
     * The event log without each turn's own bookkeeping ({@value #TURN_COMPLETED}), oldest first: what a person reads
     * about the conversation, and what live views poll, without decrypting a row per turn.
     */
    List<StoredEvent> timeline(ConversationId id);

    /** The event every committed turn appends. */
    String TURN_COMPLETED = "turn.completed";

    List<ConversationSummary> recent(int limit);

    /** Open conversations waiting for or with a person, longest waiting first. */
    List<ConversationSummary> handoffQueue(int limit);

    /** A locked contact and its most recent open conversation. */
    record LockedContact(ContactId id, Optional<ConversationId> openConversation) {
    }

    /**
     * State of one conversation, decrypted.
     *
     * @param journey      the current journey's name, or {@code null}
     * @param journeyState where the conversation waits in that journey, or {@code null}
     * @param optedOutAt   when the contact opted out of proactive messages, {@code null} when they accept them
     */
    record ConversationState(ConversationId id, String contact, Channel channel, String status, String journey,
                             JourneyState journeyState, Map<String, String> attributes, ConversationView.Handoff handoff,
                             Instant createdAt, Instant updatedAt, Instant optedOutAt) {

        String handoffState() {
            return handoff.state();
        }

        String handoffReason() {
            return handoff.reason();
        }
    }

    /** One row of the event log, decrypted. */
    record StoredEvent(long id, String type, Map<String, Object> payload, Instant createdAt) {
    }
}
