package io.atende.conversation;

import io.atende.shared.ConversationId;

/** What live views (web chat, console) are told; they read the details through {@link ConversationApi}. */
public sealed interface ConversationUpdate {

    ConversationId conversationId();

    /** The agent started preparing a reply. */
    record Typing(ConversationId conversationId) implements ConversationUpdate {
    }

    /** New messages were stored (inbound or outbound). */
    record MessagesStored(ConversationId conversationId) implements ConversationUpdate {
    }
}
