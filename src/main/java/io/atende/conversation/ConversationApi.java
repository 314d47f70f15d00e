package io.atende.conversation;

import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The conversation capability's public face: channels hand messages in, views read them out.
 * Everything else in this package is an implementation detail.
 */
public interface ConversationApi {

    /**
     * Stores the message and schedules its turn; returns only once it is durably stored.
     * A repeated delivery (same channel and external id) changes nothing and returns the original receipt.
     */
    Accepted accept(InboundMessage message);

    /**
     * For a {@link DeliveryJournal}'s handler: stores the message like {@link #accept} but returns once committed,
     * without waiting for the disk; the journal waits once for its whole batch before it forgets the delivery.
     */
    Accepted acceptFromJournal(InboundMessage message);

    /**
     * Records what the channel reports about an outbound message it sent with this external id (WhatsApp's
     * {@code statuses[]}). Reports may arrive out of order: a status only ever moves forward
     * (pending &lt; sent &lt; delivered &lt; read; failed only over pending or sent), so a late "sent" never undoes
     * "read". {@code error} is the channel's failure code and title, kept with a failure.
     */
    DeliveryUpdate recordDelivery(Channel channel, String externalId, DeliveryStatus status, String error);

    /** What {@link #recordDelivery} did. */
    enum DeliveryUpdate {
        /** The bubble's status moved forward (and its message's, as far as all its bubbles have). */
        RECORDED,
        /** The bubble was already at or past this status: a report that arrived late. */
        STALE,
        /** No bubble has this id yet: the report is kept and applied when the send is recorded. */
        KEPT_UNTIL_SENT,
        /** The report named no message. */
        UNKNOWN_MESSAGE
    }

    /** Waits up to {@code timeout} for the turn that answers the message; empty when it has not finished. */
    Optional<TurnReplies> awaitReplies(MessageId messageId, Duration timeout);

    Optional<ConversationView> find(ConversationId id);

    /** Messages after the given id (exclusive), oldest first; for live views that reconnect. */
    List<MessageView> messagesAfter(ConversationId id, long afterMessageId, int limit);

    /** The conversation's event log without the turns' own bookkeeping (journeys, captured data, handoffs), oldest first. */
    List<ConversationEvent> timeline(ConversationId id);

    /** The most recently active conversations, newest first. */
    List<ConversationSummary> recent(int limit);

    /** Live updates for one conversation ({@code null} id: every conversation) until the subscription is closed. */
    Subscription subscribe(ConversationId id, Consumer<ConversationUpdate> listener);

    /** Stops a live subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
