package io.atende.llm;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Stops calling a provider that keeps failing, so customers get the local engine's answer at once instead of
 * waiting out timeouts and retries on every turn. After {@code failures} failed calls in a row the circuit opens
 * for {@code openMs}; then one trial call goes through: its success closes the circuit, its failure opens it again.
 * Only failures that say the provider is unwell count (429, 5xx, timeouts, refused connections, malformed
 * answers); a refused request or key does not.
 */
final class CircuitBreaker implements ModelCall {

    private final ModelCall next;
    private final int failures;
    private final long openMs;
    private final Clock clock;

    private int consecutive;
    private long openUntil;
    private boolean trialRunning;

    CircuitBreaker(ModelCall next, int failures, long openMs, Clock clock) {
        this.next = next;
        this.failures = failures;
        this.openMs = openMs;
        this.clock = clock;
    }

    @Override
    public ChatProvider.Answer call(ModelRef model, LlmRequest request, Consumer<String> partial) {
        admit();
        try {
            ChatProvider.Answer answer = next.call(model, request, partial);
            succeeded();
            return answer;
        } catch (LlmException e) {
            failed(e);
            throw e;
        }
    }

    /** Whether calls are refused now (open and not yet due for a trial). */
    synchronized boolean open() {
        return consecutive >= failures && clock.millis() < openUntil;
    }

    private synchronized void admit() {
        if (consecutive < failures) {
            return;
        }
        if (clock.millis() < openUntil || trialRunning) {
            throw new LlmException(LlmException.Kind.CIRCUIT_OPEN,
                    "the model provider failed " + consecutive + " times in a row; calls resume after a pause");
        }
        trialRunning = true;
    }

    private synchronized void succeeded() {
        consecutive = 0;
        trialRunning = false;
    }

    private synchronized void failed(LlmException e) {
        boolean trial = trialRunning;
        trialRunning = false;
        if (!e.kind().retriable()) {
            return;
        }
        consecutive++;
        if (consecutive >= failures || trial) {
            consecutive = Math.max(consecutive, failures);
            openUntil = clock.millis() + openMs;
        }
    }
}
