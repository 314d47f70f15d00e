package io.atende.conversation;

import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;

/**
 * A stored outbound message due for delivery.
 *
 * @param recipient the contact's id on the channel, as the channel gave it (WhatsApp: the wa_id)
 * @param firstPart how many bubbles of this message earlier attempts already sent
 * @param template  an approved template to send instead of the text (a follow-up after the channel's window), or null
 * @param attempt   1 for the first attempt
 */
public record OutboundMessage(MessageId id, ConversationId conversationId, String recipient, String text,
                              int firstPart, String template, int attempt) {
}
