package io.atende.conversation;

import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.time.Instant;
import java.util.List;

/** A stored message, decrypted, as the API, the web chat and the console show it. */
public record MessageView(MessageId id, Direction direction, String author, Channel channel, String text,
                          List<Attachment> attachments, Instant createdAt, String deliveryStatus, TurnId turnId) {
}
