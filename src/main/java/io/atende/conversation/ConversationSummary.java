package io.atende.conversation;

import io.atende.shared.ConversationId;
import java.time.Instant;

/** One line of the console's conversation list. */
public record ConversationSummary(ConversationId id, Channel channel, String contact, String status,
                                  ConversationView.Handoff handoff, Instant lastMessageAt, String lastText,
                                  long messageCount) {

    public String handoffState() {
        return handoff.state();
    }
}
