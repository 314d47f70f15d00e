package io.atende.channel.webchat;

import io.atende.conversation.Accepted;
import io.atende.conversation.MessageView;
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

    record Message(long id, String direction, String author, String text, Instant createdAt) {
        static Message of(MessageView m) {
            return new Message(m.id().value(), m.direction().wireName(), m.author(), m.text() == null ? "" : m.text(),
                    m.createdAt());
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
