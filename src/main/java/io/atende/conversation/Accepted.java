package io.atende.conversation;

import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;

/** The receipt for an inbound message: it is stored. {@code duplicate} means it had been stored before. */
public record Accepted(ConversationId conversationId, MessageId messageId, boolean duplicate) {
}
