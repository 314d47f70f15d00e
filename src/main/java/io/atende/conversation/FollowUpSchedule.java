package io.atende.conversation;

import io.atende.shared.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: when each conversation's follow-up (re-engagement) is due. It lives on the conversation's turn_queue row, so
 * sending a follow-up locks exactly what a turn locks and the two never interleave. An accepted inbound message
 * clears it ({@link TurnQueue#schedule}). Callers hold the transaction.
 */
interface FollowUpSchedule {

    /** After the agent replied: a follow-up is due at {@code at}, the first of a new silence. */
    void start(ConversationId id, Instant at);

    /** Conversations whose follow-up is due at {@code now}, earliest first; nothing is locked. */
    List<ConversationId> due(Instant now, int max);

    /**
     * Locks the conversation's row if its follow-up is still due and no one else holds the row (a claiming turn
     * worker, another instance sending the same follow-up); empty otherwise. The lock lasts until the transaction ends.
     */
    Optional<Slot> lockDue(ConversationId id, Instant now);

    /** One more follow-up was sent; the next is due at {@code next}, or none when {@code null}. */
    void sent(ConversationId id, Instant next);

    /** No follow-up is pending any more (the conversation was closed, handed to a person, or opted out). */
    void cancel(ConversationId id);

    /**
     * A locked, due follow-up.
     *
     * @param sent       follow-ups already sent in this silence
     * @param turnActive a turn holds a live lease, is scheduled, or inbound messages wait for an answer: a follow-up
     *                   now would cross the agent's reply
     */
    record Slot(ConversationId id, int sent, boolean turnActive) {
    }
}
