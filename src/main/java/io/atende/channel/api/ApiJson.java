package io.atende.channel.api;

import io.atende.conversation.Accepted;
import io.atende.conversation.Attachment;
import io.atende.conversation.ConversationEvent;
import io.atende.conversation.ConversationSummary;
import io.atende.conversation.ConversationView;
import io.atende.conversation.MessageView;
import io.atende.conversation.TurnReplies;
import io.atende.llm.CostEntry;
import io.atende.llm.CostLedger.CostTotal;
import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.annotation.JsonSerialize;

/** The API's JSON shapes (snake_case on the wire). */
final class ApiJson {

    private ApiJson() {
    }

    /** An agent's reply; {@code choices} are answers to tap (each sends its title), {@code image} a picture's link. */
    record Reply(long id, String text, List<Choice> choices, String image, Instant createdAt) {
        static Reply of(MessageView m) {
            return new Reply(m.id().value(), m.text(), m.choices(), m.image(), m.createdAt());
        }
    }

    record MessageReceipt(String conversationId, long messageId, boolean duplicate, String status, Long turnId,
                          List<Reply> replies) {
        static MessageReceipt of(Accepted accepted, TurnReplies replies) {
            return new MessageReceipt(accepted.conversationId().toString(), accepted.messageId().value(),
                    accepted.duplicate(), replies == null ? "accepted" : "answered",
                    replies == null ? null : replies.turnId().value(),
                    replies == null ? List.of() : replies.replies().stream()
                            .map(Reply::of).toList());
        }
    }

    record Message(long id, String direction, String author, String channel, String text, List<Attachment> attachments,
                   List<Choice> choices, String image, Instant createdAt, String deliveryStatus, String deliveryError,
                   Long turnId) {
        static Message of(MessageView m) {
            return new Message(m.id().value(), m.direction().wireName(), m.author(), m.channel().wireName(), m.text(),
                    m.attachments(), m.choices(), m.image(), m.createdAt(), m.deliveryStatus(), m.deliveryError(),
                    m.turnId() == null ? null : m.turnId().value());
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

    /** One model call of the cost ledger. */
    record Call(String feature, String provider, String model, long inputTokens, long outputTokens, long cachedTokens,
                @JsonSerialize(using = PlainDecimal.class) BigDecimal price, String currency, String priceId,
                boolean estimated, long latencyMs, String outcome, Instant at) {
        static Call of(CostEntry e) {
            return new Call(e.feature().wireName(), e.provider(), e.model(), e.inputTokens(), e.outputTokens(),
                    e.cachedTokens(), e.price(), e.currency(), e.priceId(), e.estimated(), e.latencyMs(), e.outcome(),
                    e.at());
        }
    }

    /**
     * A conversation's model calls. {@code totalPrice} sums the priced calls when they share one currency: 0 for a
     * conversation without calls, {@code null} when the calls are in several currencies or none has a price.
     */
    record ConversationCosts(String conversation, List<Call> calls,
                             @JsonSerialize(using = PlainDecimal.class) BigDecimal totalPrice, String currency,
                             @JsonSerialize(contentUsing = PlainDecimal.class) Map<String, BigDecimal> totalsByCurrency,
                             long unpricedCalls) {
        static ConversationCosts of(ConversationId id, List<CostEntry> entries) {
            Map<String, BigDecimal> byCurrency = new TreeMap<>();
            long unpriced = 0;
            for (CostEntry e : entries) {
                if (e.price() == null || e.currency() == null) {
                    unpriced++;
                } else {
                    byCurrency.merge(e.currency(), e.price(), BigDecimal::add);
                }
            }
            String currency = byCurrency.size() == 1 ? byCurrency.keySet().iterator().next() : null;
            BigDecimal total = entries.isEmpty() ? BigDecimal.ZERO : currency == null ? null : byCurrency.get(currency);
            return new ConversationCosts(id.toString(), entries.stream().map(Call::of).toList(), total, currency,
                    byCurrency, unpriced);
        }
    }

    /** One group of the ledger's totals: a UTC day, feature, provider, model and currency. */
    record DayTotal(LocalDate day, String feature, String provider, String model, long calls, long inputTokens,
                    long outputTokens, long cachedTokens, @JsonSerialize(using = PlainDecimal.class) BigDecimal price,
                    String currency) {
        static DayTotal of(CostTotal t) {
            return new DayTotal(t.day(), t.feature().wireName(), t.provider(), t.model(), t.calls(), t.inputTokens(),
                    t.outputTokens(), t.cachedTokens(), t.price(), t.currency());
        }
    }

    /** The totals of the UTC days {@code from..to}, and their sums per currency. */
    record RangeCosts(LocalDate from, LocalDate to, List<DayTotal> totals,
                      @JsonSerialize(contentUsing = PlainDecimal.class) Map<String, BigDecimal> totalsByCurrency,
                      long calls, long unpricedCalls) {
        static RangeCosts of(LocalDate from, LocalDate to, List<CostTotal> totals) {
            Map<String, BigDecimal> byCurrency = new TreeMap<>();
            long calls = 0;
            long unpriced = 0;
            for (CostTotal t : totals) {
                calls += t.calls();
                if (t.price() == null || t.currency() == null) {
                    unpriced += t.calls();
                } else {
                    byCurrency.merge(t.currency(), t.price(), BigDecimal::add);
                }
            }
            return new RangeCosts(from, to, totals.stream().map(DayTotal::of).toList(), byCurrency, calls, unpriced);
        }
    }

    record Error(String error, String field, String message) {
    }
}
