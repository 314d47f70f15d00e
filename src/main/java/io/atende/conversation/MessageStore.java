package io.atende.conversation;

import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the messages of every conversation, text sealed at rest. Callers hold the transaction. */
interface MessageStore {

    /** The message a channel already delivered with this id, if any. */
    Optional<StoredMessageRef> findByExternalId(Channel channel, String externalId);

    MessageId insertInbound(ConversationId conversationId, InboundMessage message, Instant now);

    /** Stores a plain outbound text. */
    default MessageId insertOutbound(ConversationId conversationId, TurnId turnId, Channel channel, String author,
                                     String text, String deliveryStatus, Instant now) {
        return insertOutbound(conversationId, turnId, channel, author, text, List.of(), null, deliveryStatus, now);
    }

    /**
     * Stores an outbound message with what it offers besides its text.
     *
     * @param choices answers the customer can tap (may be empty)
     * @param image   the address of a picture shown with the text, or null
     */
    MessageId insertOutbound(ConversationId conversationId, TurnId turnId, Channel channel, String author, String text,
                             List<Choice> choices, String image, String deliveryStatus, Instant now);


    /** A pending outbound message is to be sent as this approved template instead of its text. */
    void sendAsTemplate(MessageId id, String template);

    /** Inbound messages not yet answered by any turn, oldest first. */
    List<MessageView> pendingInbound(ConversationId conversationId);

    /** Messages with id greater than {@code afterId}, oldest first. */
    List<MessageView> after(ConversationId conversationId, long afterId, int limit);

    /** The last {@code limit} messages before {@code beforeId}, oldest first. */
    List<MessageView> lastBefore(ConversationId conversationId, long beforeId, int limit);

    void markAnswered(Collection<MessageId> inbound, TurnId turnId, Instant now);

    /** The turn that answered an inbound message, once there is one. */
    Optional<TurnId> answeringTurn(MessageId inbound);

    List<MessageView> outboundOf(TurnId turnId);

    /** When the customer last wrote in the conversation (WhatsApp's 24-hour window counts from it). */
    Optional<Instant> lastInboundAt(ConversationId conversationId);

    /** The conversation a stored message belongs to. */
    Optional<ConversationId> conversationOf(MessageId id);

    /** Where a stored message belongs. */
    record StoredMessageRef(ConversationId conversationId, MessageId messageId) {
    }
}
