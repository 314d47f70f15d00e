package io.atende.conversation;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one claimed turn: reads the unanswered messages, asks the engine, and commits the replies
 * together with the end of the turn, only if no newer message arrived and the lease still holds.
 * A crash before the commit leaves everything as it was, so the turn simply runs again.
 */
final class TurnProcessor {

    private static final Logger log = LoggerFactory.getLogger(TurnProcessor.class);

    /** The engine a silent turn names: the conversation was with a person, or waiting for one. */
    static final String HANDOFF_ENGINE = "handoff";

    /** How a turn ended. */
    enum Outcome { ANSWERED, NOTHING_PENDING, SUPERSEDED }

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final TurnQueue queue;
    private final TransactionTemplate tx;
    private final Engine engine;
    private final UpdateBus updates;
    private final Clock clock;
    private final String instanceId;
    private final int historySize;
    private final Duration faultDelay;
    private final PipelineMetrics metrics;
    private final java.util.function.Supplier<EngineDecision> failureDecision;
    private final CommitDurability durability;
    private final int failureAttempts;
    private final HandoffNotice handoffNotice;
    private final FollowUps followUps;
    private final Map<ConversationId, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();

    TurnProcessor(ConversationStore conversations, MessageStore messages, TurnQueue queue, TransactionTemplate tx,
                  Engine engine, UpdateBus updates, Clock clock, String instanceId, int historySize,
                  Duration faultDelay, PipelineMetrics metrics, java.util.function.Supplier<EngineDecision> failureDecision, int failureAttempts,
                  CommitDurability durability, FollowUps followUps, HandoffNotice handoffNotice) {
        this.conversations = conversations;
        this.messages = messages;
        this.queue = queue;
        this.tx = tx;
        this.engine = engine;
        this.updates = updates;
        this.clock = clock;
        this.instanceId = instanceId;
        this.historySize = historySize;
        this.faultDelay = faultDelay;
        this.metrics = metrics;
        this.failureDecision = failureDecision;
        this.failureAttempts = failureAttempts;
        this.durability = durability;
        this.handoffNotice = handoffNotice;
        this.followUps = followUps;
    }

    /**
     * Runs a claimed turn on what {@link #read} returned. The claim's {@code seq} was read with the
     * messages under the same row lock, so a message counted by it is always among those read.
     * {@code finishing} runs just before the transaction that ends the turn: from then on the lease
     * needs no renewal (that transaction clears it, or is refused if the lease was lost).
     */
    Outcome run(TurnQueue.Claim claim, TurnInput input, Runnable finishing) {
        ConversationId id = claim.conversationId();
        Instant started = clock.instant();
        long seq = claim.seq();
        List<MessageView> pending = input.pending();
        if (pending.isEmpty()) {
            finishing.run();
            Boolean cleared = tx.execute(s -> queue.complete(claim, seq));
            if (!Boolean.TRUE.equals(cleared)) {
                queue.release(claim);
            }
            return Outcome.NOTHING_PENDING;
        }
        ConversationStore.ConversationState state = input.state();
        // while a person has the conversation, or it waits for one, the agent does not answer: the messages are
        // recorded as seen by a silent turn, and the person reads them in the console
        boolean withPerson = !"none".equals(state.handoffState());
        EngineDecision decision;
        if (withPerson) {
            decision = EngineDecision.of(new EngineCommand.Understood("handoff_waiting", 1, "handoff"));
        } else {
            updates.publish(new ConversationUpdate.Typing(id));
            List<MessageView> history = input.history();
            decision = decide(id, new EngineRequest(id,
                    pending.stream().map(m -> m.text() == null ? "" : m.text()).toList(),
                    history.stream().map(m -> new EngineRequest.HistoryEntry(m.direction() == Direction.INBOUND, m.text())).toList(),
                    state.attributes(), state.journeyState(), pending.stream().flatMap(m -> m.attachments().stream()
                            .map(a -> new EngineRequest.Media(a.kind(), a.mimeType(), a.reference(), a.caption(),
                                    m.channel().wireName()))).toList()));
        }
        pauseForFaultInjection();
        finishing.run();
        Outcome outcome = tx.execute(status -> {
            if (!queue.complete(claim, seq)) {
                status.setRollbackOnly();
                return Outcome.SUPERSEDED;
            }
            commit(state, pending, decision, withPerson ? HANDOFF_ENGINE : engine.name(), started);
            return Outcome.ANSWERED;
        });
        if (outcome == Outcome.ANSWERED) {
            // the reply must survive a crash before a channel can show it; the wait is the disk's, not a core's
            io.atende.shared.CpuGate.whileWaiting(durability::awaitDurable);
        }
        if (outcome == Outcome.SUPERSEDED) {
            // a message arrived while the reply was prepared (or the lease was lost): answer all of them later
            queue.release(claim);
            metrics.superseded();
            log.debug("turn of conversation {} superseded; it will run again with the newer messages", id);
            return outcome;
        }
        updates.publish(new ConversationUpdate.MessagesStored(id));
        metrics.turnAnswered(pending.size(), Duration.between(pending.getFirst().createdAt(), clock.instant()),
                Duration.between(started, clock.instant()));
        return outcome;
    }

    /**
     * The engine's decision; when it has failed on this conversation {@code failureAttempts} times in
     * a row, the failure decision instead (an apology and a handoff), so that the customer is never
     * left without an answer. Earlier failures propagate and the worker retries after a back-off.
     */
    private EngineDecision decide(ConversationId id, EngineRequest request) {
        try {
            EngineDecision decision = engine.decide(request,
                    text -> updates.publish(new ConversationUpdate.Draft(id, text)));
            failures.remove(request.conversationId());
            return decision;
        } catch (RuntimeException e) {
            int attempts = failures.merge(request.conversationId(), 1, Integer::sum);
            if (attempts < failureAttempts) {
                throw e;
            }
            failures.remove(request.conversationId());
            log.error("engine failed {} times on conversation {}; answering with the failure message: {}", attempts,
                    request.conversationId(), e.toString());
            return failureDecision.get();
        }
    }

    /** What a turn works on. */
    record TurnInput(List<MessageView> pending, ConversationStore.ConversationState state,
                     List<MessageView> history) {
    }

    /** Reads a claimed conversation's unanswered messages, state and history; the caller holds the claim's transaction. */
    TurnInput read(TurnQueue.Claim claim) {
        ConversationId id = claim.conversationId();
        List<MessageView> pending = messages.pendingInbound(id);
        if (pending.isEmpty()) {
            return new TurnInput(pending, null, List.of());
        }
        ConversationStore.ConversationState state = conversations.state(id).orElseThrow();
        // a silent turn (a person has the conversation) asks no engine, so it needs no history
        return new TurnInput(pending, state, "none".equals(state.handoffState())
                ? messages.lastBefore(id, pending.getFirst().id().value(), historySize) : List.of());
    }

    private void commit(ConversationStore.ConversationState state, List<MessageView> pending, EngineDecision decision,
                        String engineName, Instant started) {
        ConversationId id = state.id();
        Instant now = clock.instant();
        TurnEffects effects = TurnEffects.apply(state.attributes(), state.journeyState(), state.handoffState(),
                state.handoffReason(), decision, now);
        List<EngineCommand.Say> replies = new java.util.ArrayList<>(effects.said());
        if ("none".equals(state.handoffState()) && !"none".equals(effects.handoff())) {
            handoffNotice.at(now).map(EngineCommand.Say::new).ifPresent(replies::add);
        }
        EngineCommand.Understood understood = effects.understood();
        TurnId turn = conversations.insertTurn(id, engineName, instanceId, pending.size(),
                pending.getFirst().createdAt(), started, now);
        for (EngineCommand.Say reply : replies) {
            messages.insertOutbound(id, turn, state.channel(), "agent", reply.text(), reply.choices(), reply.image(),
                    state.channel().initialOutboundStatus(), now);
        }
        messages.markAnswered(pending.stream().map(MessageView::id).toList(), turn, now);
        conversations.saveState(id, effects.attributes(), effects.journey(), effects.handoff(), effects.handoffReason(), now);
        followUps.afterTurn(state, effects, now);
        for (Map<String, Object> event : effects.events()) {
            Map<String, Object> payload = new LinkedHashMap<>(event);
            String type = (String) payload.remove("type");
            payload.put("turn_id", turn.value());
            conversations.appendEvent(id, type, payload, now);
        }
        // what the engine understood rides on the turn's own event: one row per turn, not two
        Map<String, Object> completed = completedEvent(turn, engineName, pending, replies.size());
        if (understood != null) {
            completed.put("intent", understood.intent());
            completed.put("confidence", understood.confidence());
            completed.put("route", understood.route());
        }
        conversations.appendEvent(id, ConversationStore.TURN_COMPLETED, completed, now);
    }

    /** The payload of a {@code turn.completed} event: which turn, by which engine, answered what with how many replies. */
    static Map<String, Object> completedEvent(TurnId turn, String engine, List<MessageView> inbound, int replies) {
        Map<String, Object> completed = new LinkedHashMap<>();
        completed.put("turn_id", turn.value());
        completed.put("engine", engine);
        completed.put("inbound", inbound.stream().map(MessageView::id).map(MessageId::value).toList());
        completed.put("replies", replies);
        return completed;
    }

    private void pauseForFaultInjection() {
        if (!faultDelay.isZero()) {
            try {
                Thread.sleep(faultDelay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
