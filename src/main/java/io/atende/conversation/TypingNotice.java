package io.atende.conversation;

import io.atende.shared.ConversationId;

/**
 * The agent started preparing a reply in a conversation.
 *
 * @param lastInboundExternalId the channel's id of the customer's latest message (WhatsApp: its wamid), or null
 */
public record TypingNotice(ConversationId conversationId, String recipient, String lastInboundExternalId) {
}
