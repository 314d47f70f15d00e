package io.atende.channel.webchat;

import io.atende.conversation.Accepted;
import io.atende.conversation.MessageView;
import io.atende.shared.Choice;
import java.time.Instant;
import java.util.List;

/** The web chat's JSON shapes (snake_case on the wire). */
final class ChatJson {

    private ChatJson() {
    }

    /** What the page posts; {@code id} is a UUID the browser makes per message, kept across retries. */
    record SendRequest(String session, String id, String text) {
    }

    record Receipt(String conversationId, long messageId, boolean duplicate) {
        static Receipt of(Accepted accepted) {
            return new Receipt(accepted.conversationId().toString(), accepted.messageId().value(), accepted.duplicate());
        }
    }

    /**
     * A stored message as the page shows it.
     *
     * @param choices answers to tap, each its title and a detail (a price) or null (empty for most); tapping one sends
     *                its title as the customer's message
     * @param image   the address of a picture shown with the text, or null
     */
    record Message(long id, String direction, String author, String text, Instant createdAt, List<Choice> choices,
                   String image) {
        static Message of(MessageView m) {
            return new Message(m.id().value(), m.direction().wireName(), m.author(), m.text() == null ? "" : m.text(),
                    m.createdAt(), m.choices(), m.image());
        }
    }

    record History(String conversationId, List<Message> messages) {
    }

    record Typing(String conversationId) {
    }

    /** The reply being written so far; the stored message replaces it. */
    record Draft(String conversationId, String text) {
    }

    record Error(String error, String field, String message) {
    }
}
