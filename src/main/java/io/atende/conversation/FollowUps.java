package io.atende.conversation;

import io.atende.pack.StoreIdentity.Reengagement;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-engagement: after the agent replies, a follow-up is due once the customer has been silent for the pack's
 * {@code reengagement.after_minutes}; an inbound message clears it. Each follow-up is sent in one transaction that
 * locks the conversation's turn_queue row first (as a finishing turn does), so it is sent exactly once across
 * instances and never crosses a turn: a turn holding a lease, a scheduled turn or unanswered inbound messages mean
 * the agent is about to speak anyway. Closed conversations, conversations a person handles and contacts that opted
 * out get none.
 */
final class FollowUps {

    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);
    /** WhatsApp's customer service window: after it, only an approved template may start a message. */
    static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);

    /** The pack's follow-up settings and its rendered {@code reengagement} text. */
    record Plan(Reengagement settings, String text) {
    }

    private enum Outcome { SENT, NOT_DUE, BUSY, CANCELLED }

    private final FollowUpSchedule schedule;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final TransactionTemplate tx;
    private final UpdateBus updates;
    /** Read at every use: an edited pack may turn follow-ups on or off while the application runs; null = off. */
    private final Supplier<Plan> plan;
    private final Clock clock;
    private final CommitDurability durability;

    FollowUps(FollowUpSchedule schedule, ConversationStore conversations, MessageStore messages, TransactionTemplate tx,
              UpdateBus updates, Supplier<Plan> plan, Clock clock, CommitDurability durability) {
        this.schedule = schedule;
        this.conversations = conversations;
        this.messages = messages;
        this.tx = tx;
        this.updates = updates;
        this.plan = plan;
        this.clock = clock;
        this.durability = durability;
    }

    /**
     * Inside a finishing turn's transaction, after its turn_queue row is locked: records an opt-out or opt-in, and
     * starts the silence after the agent's replies.
     */
    void afterTurn(ConversationStore.ConversationState before, TurnEffects effects, Instant now) {
        TurnEffects.ProactiveConsent consent = effects.proactive();
        if (consent != null) {
            conversations.recordProactiveConsent(before.id(), consent);
        }
        boolean optedOut = consent != null ? consent.optedOut() : before.optedOutAt() != null;
        Plan current = plan.get();
        if (current != null && !effects.replies().isEmpty() && !optedOut && "none".equals(effects.handoff())) {
            schedule.start(before.id(), now.plus(current.settings().after()));
        }
    }

    /** Sends up to {@code max} due follow-ups, each in its own transaction; returns how many were sent. */
    int sendDue(int max) {
        List<ConversationId> due = tx.execute(s -> schedule.due(clock.instant(), max));
        int sent = 0;
        for (ConversationId id : due) {
            try {
                sent += sendIfDue(id) ? 1 : 0;
            } catch (RuntimeException e) {
                // one conversation's trouble (a missing key, a lost connection) must not hold the others back
                log.warn("follow-up of conversation {} failed; retrying at the next poll: {}", id, e.toString());
            }
        }
        return sent;
    }

    /** Sends the conversation's follow-up if it is due and allowed; true when it was sent by this call. */
    boolean sendIfDue(ConversationId id) {
        Outcome outcome = tx.execute(s -> send(id, clock.instant()));
        if (outcome == Outcome.SENT) {
            // like a turn's reply: durable before any channel shows it
            durability.awaitDurable();
            updates.publish(new ConversationUpdate.MessagesStored(id));
        }
        return outcome == Outcome.SENT;
    }

    private Outcome send(ConversationId id, Instant now) {
        Optional<FollowUpSchedule.Slot> slot = schedule.lockDue(id, now);
        if (slot.isEmpty()) {
            return Outcome.NOT_DUE; // sent meanwhile, cleared by a message, or locked by another instance or a claim
        }
        if (slot.get().turnActive()) {
            return Outcome.BUSY; // the agent is about to answer, and that answer starts a new silence
        }
        Plan current = plan.get();
        ConversationStore.ConversationState state = conversations.lockState(id).orElseThrow();
        Optional<Instant> lastInbound = state.channel() == Channel.WHATSAPP ? messages.lastInboundAt(id) : Optional.empty();
        boolean windowClosed = lastInbound.map(at -> at.plus(WHATSAPP_WINDOW).isBefore(now)).orElse(true);
        String reason = current == null ? "reengagement_off"
                : !"open".equals(state.status()) ? "closed"
                : !"none".equals(state.handoffState()) ? "handoff"
                : state.optedOutAt() != null ? "opted_out"
                : slot.get().sent() >= current.settings().maxFollowups() ? "max_followups"
                : state.channel() == Channel.WHATSAPP && windowClosed && current.settings().whatsappTemplate() == null
                        ? "whatsapp_window_closed" : null;
        if (reason != null) {
            schedule.cancel(id);
            conversations.appendEvent(id, "reengagement.cancelled", Map.of("reason", reason), now);
            log.debug("follow-up of conversation {} cancelled: {}", id, reason);
            return Outcome.CANCELLED;
        }
        Reengagement settings = current.settings();
        int number = slot.get().sent() + 1;
        MessageId message = messages.insertOutbound(id, null, state.channel(), "agent", current.text(),
                state.channel().initialOutboundStatus(), now);
        schedule.sent(id, number < settings.maxFollowups() ? now.plus(settings.after()) : null);
        conversations.touch(id, now);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("message_id", message.value());
        event.put("followup", number);
        event.put("max_followups", settings.maxFollowups());
        if (state.channel() == Channel.WHATSAPP) {
            event.put("whatsapp_window", windowClosed ? "closed" : "open");
            if (windowClosed) {
                event.put("whatsapp_template", settings.whatsappTemplate());
                // outside the window only an approved template may start a message: the outbox sends it instead
                messages.sendAsTemplate(message, settings.whatsappTemplate());
            }
        }
        conversations.appendEvent(id, "reengagement.sent", event, now);
        return Outcome.SENT;
    }
}
