package io.atende.conversation;

import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Implements {@link HandoffDesk}. Each action first interrupts the conversation's turn queue row: that locks it
 * in the order a finishing turn does (queue row, then conversation row) and makes a turn that is running at that
 * moment commit nothing, so it runs again and sees the person in charge instead of overwriting the handoff.
 */
final class HandoffService implements HandoffDesk {

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final TurnQueue queue;
    private final TransactionTemplate tx;
    private final UpdateBus updates;
    private final Clock clock;
    private final CommitDurability durability;

    HandoffService(ConversationStore conversations, MessageStore messages, TurnQueue queue, TransactionTemplate tx,
                   UpdateBus updates, Clock clock, CommitDurability durability) {
        this.conversations = conversations;
        this.messages = messages;
        this.queue = queue;
        this.tx = tx;
        this.updates = updates;
        this.clock = clock;
        this.durability = durability;
    }

    @Override
    public List<ConversationSummary> queue(int limit) {
        return conversations.handoffQueue(limit);
    }

    @Override
    public void takeOver(ConversationId id, String operator) {
        run(id, (state, now) -> take(state, operator, now));
    }

    @Override
    public MessageId reply(ConversationId id, String operator, String text) {
        ConversationService.validateText(text, true);
        MessageId sent = run(id, (state, now) -> {
            take(state, operator, now);
            MessageId message = messages.insertOutbound(id, null, state.channel(), "operator", text.strip(),
                    state.channel().initialOutboundStatus(), now);
            conversations.touch(id, now);
            conversations.appendEvent(id, "operator.replied", Map.of("operator", operator, "message_id", message.value()), now);
            return message;
        });
        updates.publish(new ConversationUpdate.MessagesStored(id));
        return sent;
    }

    @Override
    public void handBack(ConversationId id, String operator) {
        run(id, (state, now) -> {
            if (!"none".equals(state.handoffState())) {
                closeUnanswered(id, now);
                conversations.handoff(id, "none", null, null, now);
                conversations.appendEvent(id, "handoff.returned", Map.of("operator", operator), now);
            }
            return null;
        });
    }

    /**
     * Messages the customer sent to the person that no turn has seen yet (their aggregation window is still open)
     * stay the person's: a silent turn closes them, so the agent does not answer them out of context after the
     * hand-back. The agent answers from the customer's next message on.
     */
    private void closeUnanswered(ConversationId id, Instant now) {
        List<MessageView> pending = messages.pendingInbound(id);
        if (pending.isEmpty()) {
            return;
        }
        TurnId turn = conversations.insertTurn(id, TurnProcessor.HANDOFF_ENGINE, "console", pending.size(),
                pending.getFirst().createdAt(), now, now);
        messages.markAnswered(pending.stream().map(MessageView::id).toList(), turn, now);
        conversations.appendEvent(id, ConversationStore.TURN_COMPLETED,
                TurnProcessor.completedEvent(turn, TurnProcessor.HANDOFF_ENGINE, pending, 0), now);
    }

    private Void take(ConversationStore.ConversationState state, String operator, Instant now) {
        if ("human".equals(state.handoffState()) && operator.equals(state.handoff().operator())) {
            return null;
        }
        // the customer's reason stays with the conversation: it is what the person needs to know
        String reason = state.handoffReason() == null ? "taken over by " + operator : state.handoffReason();
        conversations.handoff(state.id(), "human", reason, operator, now);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("operator", operator);
        event.put("from", state.handoffState());
        conversations.appendEvent(state.id(), "handoff.taken", event, now);
        return null;
    }

    private interface Action<T> {
        T apply(ConversationStore.ConversationState state, Instant now);
    }

    private <T> T run(ConversationId id, Action<T> action) {
        T result = tx.execute(s -> {
            queue.interrupt(id);
            ConversationStore.ConversationState state = conversations.state(id)
                    .orElseThrow(() -> new NoSuchElementException("no conversation " + id));
            if (!"open".equals(state.status())) {
                throw new InvalidMessageException("conversation", "the conversation is closed");
            }
            return action.apply(state, clock.instant());
        });
        // the customer may see the operator's message only once a crash can no longer take it back
        durability.awaitDurable();
        return result;
    }
}
