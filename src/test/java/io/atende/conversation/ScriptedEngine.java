package io.atende.conversation;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.shared.ConversationId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test engine that answers "eco: <all texts of the turn>" and records what it saw: every call
 * with its texts, and whether two turns of one conversation ever ran at the same time.
 */
class ScriptedEngine implements Engine {

    record Call(ConversationId conversation, List<String> texts) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    final AtomicInteger overlaps = new AtomicInteger();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger maxRunning = new AtomicInteger();
    private final Map<ConversationId, AtomicInteger> active = new ConcurrentHashMap<>();
    private final long workMillis;

    ScriptedEngine(long workMillis) {
        this.workMillis = workMillis;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public EngineDecision decide(EngineRequest request) {
        AtomicInteger mine = active.computeIfAbsent(request.conversationId(), k -> new AtomicInteger());
        if (mine.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            calls.add(new Call(request.conversationId(), request.turnTexts()));
            beforeAnswer(request);
            if (workMillis > 0) {
                Thread.sleep(workMillis);
            }
            return EngineDecision.of(new EngineCommand.Say("eco: " + String.join(" | ", request.turnTexts())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            running.decrementAndGet();
            mine.decrementAndGet();
        }
    }

    /** Whether a turn of this conversation is being answered right now. */
    boolean answering(ConversationId conversation) {
        AtomicInteger mine = active.get(conversation);
        return mine != null && mine.get() > 0;
    }

    /** Hook for tests that act while a reply is being prepared. */
    void beforeAnswer(EngineRequest request) throws InterruptedException {
    }
}
