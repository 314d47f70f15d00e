package io.atende.conversation;

import java.util.List;
import java.util.Objects;

/**
 * A customer message as a channel adapter hands it over, already verified.
 *
 * @param contact     the channel's identity of the customer (a phone number, a web session, an API contact)
 * @param externalId  the channel's message id, used to recognise a repeated delivery; null when the
 *                    channel gives none (each such message is then new)
 * @param displayName the customer's name when the channel tells it; may be null
 */
public record InboundMessage(Channel channel, String contact, String externalId, String text,
                             List<Attachment> attachments, String displayName) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(contact, "contact");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * Whether this message asks for an answer. A reaction alone does not: a 👍 on our reply is recorded and read with
     * the customer's next message, but answering it would only start a loop of courtesies.
     */
    public boolean promptsReply() {
        return attachments.isEmpty() || !attachments.stream().allMatch(a -> Attachment.REACTION.equals(a.kind()));
    }

    public static InboundMessage text(Channel channel, String contact, String externalId, String text) {
        return new InboundMessage(channel, contact, externalId, text, List.of(), null);
    }
}
