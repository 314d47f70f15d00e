package io.atende.conversation;

import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import java.util.List;

/**
 * A stored outbound message due for delivery.
 *
 * @param recipient the contact's id on the channel, as the channel gave it (WhatsApp: the wa_id)
 * @param firstPart how many bubbles of this message earlier attempts already sent
 * @param template  an approved template to send instead of the text (a follow-up after the channel's window), or null
 * @param attempt   1 for the first attempt
 * @param choices   answers the message offers to tap (empty for a plain text)
 * @param image     the address of a picture shown with the text, or null
 */
public record OutboundMessage(MessageId id, ConversationId conversationId, String recipient, String text,
                              int firstPart, String template, int attempt, List<Choice> choices, String image) {

    public OutboundMessage {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A plain text message. */
    public OutboundMessage(MessageId id, ConversationId conversationId, String recipient, String text, int firstPart,
                           String template, int attempt) {
        this(id, conversationId, recipient, text, firstPart, template, attempt, List.of(), null);
    }
}
