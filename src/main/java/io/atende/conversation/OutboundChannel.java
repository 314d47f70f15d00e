package io.atende.conversation;

/**
 * Port: a channel that pushes messages to the customer (WhatsApp), as opposed to one the customer reads from
 * (web chat, API). The {@link DeliveryWorker} hands it the pending messages of its conversations, one at a time
 * per conversation and in order, and records what it answers. Implementations must not throw for a refused
 * message: they answer {@link DeliveryResult.Retry} or {@link DeliveryResult.Failed}.
 */
public interface OutboundChannel {

    /** The conversations whose messages this channel delivers. */
    Channel channel();

    /** Sends one stored message (resuming after {@link OutboundMessage#firstPart()} bubbles already sent). */
    DeliveryResult send(OutboundMessage message);

    /** The agent started preparing a reply: show it to the customer if the channel can (best effort, never throws). */
    default void typing(TypingNotice notice) {
    }
}
