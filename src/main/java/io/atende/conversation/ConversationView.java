package io.atende.conversation;

import io.atende.shared.ConversationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A conversation with its state and transcript.
 *
 * @param optedOutAt when the contact opted out of proactive messages (follow-ups), {@code null} when they accept them
 */
public record ConversationView(ConversationId id, String contact, Channel channel, String status, String journey,
                               Map<String, String> attributes, Handoff handoff, Instant createdAt, Instant updatedAt,
                               List<MessageView> messages, Instant optedOutAt) {

    /** Whether the contact asked to receive no proactive messages; they can still talk to the agent. */
    public boolean optedOut() {
        return optedOutAt != null;
    }

    /**
     * Handoff state: {@code none}, {@code requested} (waiting for a person) or {@code human} (a person answers);
     * {@code since} when a person was asked for or took over, whichever came first (null for {@code none}); {@code operator} who took over, if anyone.
     */
    public record Handoff(String state, String reason, Instant since, String operator) {
    }
}
