package io.atende.conversation;

import io.atende.shared.TurnId;
import java.util.List;

/** The messages one turn sent. */
public record TurnReplies(TurnId turnId, List<MessageView> replies) {
}
