package io.atende.channel.api;

import io.atende.conversation.Accepted;
import io.atende.conversation.Attachment;
import io.atende.conversation.ConversationEvent;
import io.atende.conversation.ConversationSummary;
import io.atende.conversation.ConversationView;
import io.atende.conversation.MessageView;
import io.atende.conversation.TurnReplies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The API's JSON shapes (snake_case on the wire). */
final class ApiJson {

    private ApiJson() {
    }

    record Reply(long id, String text, Instant createdAt) {
    }

    record MessageReceipt(String conversationId, long messageId, boolean duplicate, String status, Long turnId,
                          List<Reply> replies) {
        static MessageReceipt of(Accepted accepted, TurnReplies replies) {
            return new MessageReceipt(accepted.conversationId().toString(), accepted.messageId().value(),
                    accepted.duplicate(), replies == null ? "accepted" : "answered",
                    replies == null ? null : replies.turnId().value(),
                    replies == null ? List.of() : replies.replies().stream()
                            .map(m -> new Reply(m.id().value(), m.text(), m.createdAt())).toList());
        }
    }

    record Message(long id, String direction, String author, String channel, String text, List<Attachment> attachments,
                   Instant createdAt, String deliveryStatus, Long turnId) {
        static Message of(MessageView m) {
            return new Message(m.id().value(), m.direction().wireName(), m.author(), m.channel().wireName(), m.text(),
                    m.attachments(), m.createdAt(), m.deliveryStatus(), m.turnId() == null ? null : m.turnId().value());
        }
    }

    record Handoff(String state, String reason, Instant since, String operator) {
    }

    /** How a journey ended ({@code journey.ended} in the event log): the audit trail of what the agent concluded. */
    record Outcome(String journey, String outcome, Instant at) {
    }

    record Conversation(String id, String contact, String channel, String status, String journey,
                        Map<String, String> attributes, Handoff handoff, List<Outcome> outcomes,
                        Map<String, Object> insights, Instant createdAt, Instant updatedAt, List<Message> messages,
                        boolean optedOut, Instant optedOutAt) {
        static Conversation of(ConversationView c, List<ConversationEvent> events) {
            var h = c.handoff();
            return new Conversation(c.id().toString(), c.contact(), c.channel().wireName(), c.status(), c.journey(),
                    c.attributes(), new Handoff(h.state(), h.reason(), h.since(), h.operator()),
                    events.stream().filter(e -> "journey.ended".equals(e.type()))
                            .map(e -> new Outcome(String.valueOf(e.payload().get("journey")),
                                    String.valueOf(e.payload().get("outcome")), e.createdAt())).toList(),
                    Map.of(), c.createdAt(), c.updatedAt(), c.messages().stream().map(Message::of).toList(),
                    c.optedOut(), c.optedOutAt());
        }
    }

    record Summary(String id, String channel, String contact, String status, String handoffState, Instant lastMessageAt,
                   long messageCount) {
        static Summary of(ConversationSummary s) {
            return new Summary(s.id().toString(), s.channel().wireName(), s.contact(), s.status(), s.handoffState(),
                    s.lastMessageAt(), s.messageCount());
        }
    }

    record Error(String error, String field, String message) {
    }
}
