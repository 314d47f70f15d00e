package io.atende.conversation;

import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.shared.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: when each conversation's next turn is due, and which worker holds it. One row per
 * conversation; a lease makes turns of one conversation run one at a time across instances.
 */
interface TurnQueue {

    void create(ConversationId id);

    /** Records one more inbound message and moves the due time by the aggregation rule; returns the due time. */
    Instant schedule(ConversationId id, Instant now, Aggregation aggregation);

    /**
     * Leases up to {@code max} due conversations that no live lease holds. The rows stay locked until the
     * transaction ends, so whatever the caller reads in it is consistent with each claim's {@code seq}.
     */
    List<Claim> claimDue(Instant now, int max, Duration lease);

    /**
     * Locks the conversation's row and moves its sequence on without scheduling a turn, so that a turn running now
     * cannot commit what it decided before the change (an operator took over or handed back): it runs again.
     */
    void interrupt(ConversationId id);

    /** The number of inbound messages ever scheduled for the conversation, plus {@link #interrupt}s. */
    long inboundSeq(ConversationId id);

    /**
     * Ends the turn if the claim still holds the lease and no message arrived since {@code seenSeq};
     * false means the turn must not commit. Locks the row until the transaction ends.
     */
    boolean complete(Claim claim, long seenSeq);

    /** Gives the lease up, keeping the schedule (the turn will run again when due). */
    void release(Claim claim);

    /** Gives the lease up and moves the due time, after a failed turn (a back-off, not a busy loop). */
    void postpone(Claim claim, Instant dueAt);

    /** Extends a lease that is still held; false when it was lost. */
    boolean renew(Claim claim, Instant until);

    /** Conversations whose turn is due at {@code now} (metrics). */
    long dueCount(Instant now);

    /** The earliest due time of any unleased conversation. */
    Optional<Instant> nextDue();

    /** A lease on one conversation's turn; {@code seq} is the inbound sequence when it was claimed. */
    record Claim(ConversationId conversationId, String token, long seq) {
    }
}
