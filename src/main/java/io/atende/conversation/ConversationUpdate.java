package io.atende.conversation;

import io.atende.shared.ConversationId;

/** What live views (web chat, console) are told; they read the details through {@link ConversationApi}. */
public sealed interface ConversationUpdate {

    ConversationId conversationId();

    /** The agent started preparing a reply. */
    record Typing(ConversationId conversationId) implements ConversationUpdate {
    }

    /**
     * The reply being written so far (the whole text each time, not a piece), while a model writes it. Drafts are
     * not stored: the stored messages that end the turn replace them, and a superseded turn's draft is dropped.
     */
    record Draft(ConversationId conversationId, String text) implements ConversationUpdate {
    }

    /** New messages were stored (inbound or outbound). */
    record MessagesStored(ConversationId conversationId) implements ConversationUpdate {
    }
}
