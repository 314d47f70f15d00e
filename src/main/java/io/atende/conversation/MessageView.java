package io.atende.conversation;

import io.atende.shared.Choice;
import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.time.Instant;
import java.util.List;

/**
 * A stored message, decrypted, as the API, the web chat and the console show it.
 *
 * @param deliveryStatus received (inbound), or pending | sent | delivered | read | failed (outbound)
 * @param deliveryError  for a failed delivery, the channel's code and title (e.g. {@code 131047 Re-engagement message})
 * @param choices        answers an outbound message offers to tap (empty for most)
 * @param image          the address of a picture an outbound message shows with its text, or null
 */
public record MessageView(MessageId id, Direction direction, String author, Channel channel, String text,
                          List<Attachment> attachments, Instant createdAt, String deliveryStatus, String deliveryError,
                          TurnId turnId, List<Choice> choices, String image) {

    public MessageView {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
