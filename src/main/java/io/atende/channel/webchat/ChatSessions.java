package io.atende.channel.webchat;

import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.ConversationView;
import io.atende.shared.ConversationId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks what the browser sends and maps a session to its conversation. The session id is the only
 * secret a visitor holds, so a conversation id is served only to the session whose contact it is.
 */
@Component
class ChatSessions {

    static final int MAX_TEXT = 4096;
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ConversationApi conversations;

    ChatSessions(ConversationApi conversations) {
        this.conversations = conversations;
    }

    static String contact(String session) {
        return "web:" + session.toLowerCase();
    }

    /** Returns the value, lower-cased, when it is a UUID; otherwise fails naming the field. */
    static String uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ChatRequestException(field, field + " é obrigatório");
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw new ChatRequestException(field, field + " deve ser um UUID");
        }
        return UUID.fromString(value).toString();
    }

    static String text(String value) {
        if (value == null || value.isBlank()) {
            throw new ChatRequestException("text", "a mensagem não pode ficar em branco");
        }
        if (value.length() > MAX_TEXT) {
            throw new ChatRequestException("text", "a mensagem pode ter no máximo " + MAX_TEXT + " caracteres");
        }
        return value;
    }

    /**
     * The session's conversation, when the browser names one; empty when it names none yet.
     * A conversation of another contact is reported as not found, never as forbidden.
     */
    Optional<ConversationView> conversationOf(String session, String conversation) {
        String contact = contact(uuid("session", session));
        if (conversation == null || conversation.isBlank()) {
            return Optional.empty();
        }
        ConversationId id = ConversationId.parse(uuid("conversation", conversation));
        ConversationView view = conversations.find(id).orElseThrow(ChatNotFoundException::new);
        if (view.channel() != Channel.WEBCHAT || !contact.equals(view.contact())) {
            throw new ChatNotFoundException();
        }
        return Optional.of(view);
    }
}
