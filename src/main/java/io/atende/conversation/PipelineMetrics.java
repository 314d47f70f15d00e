package io.atende.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** The turn pipeline's Prometheus meters: turns, latency, queue depth and burst aggregation. */
final class PipelineMetrics {

    private final Counter acceptedNew;
    private final Counter acceptedDuplicate;
    private final Counter turnsAnswered;
    private final Counter turnsSuperseded;
    private final Counter turnsFailed;
    private final Timer replyLatency;
    private final Timer turnDuration;
    private final DistributionSummary messagesPerTurn;

    PipelineMetrics(MeterRegistry registry) {
        acceptedNew = Counter.builder("atende.messages.accepted").tag("duplicate", "false")
                .description("Inbound messages stored").register(registry);
        acceptedDuplicate = Counter.builder("atende.messages.accepted").tag("duplicate", "true")
                .description("Inbound messages stored").register(registry);
        turnsAnswered = Counter.builder("atende.turns").tag("outcome", "answered").register(registry);
        turnsSuperseded = Counter.builder("atende.turns").tag("outcome", "superseded").register(registry);
        turnsFailed = Counter.builder("atende.turns").tag("outcome", "failed").register(registry);
        replyLatency = Timer.builder("atende.turn.reply.latency")
                .description("From the first message of a turn to its reply stored, aggregation window included")
                .publishPercentiles(0.5, 0.99).register(registry);
        turnDuration = Timer.builder("atende.turn.duration").description("Time spent running one turn")
                .publishPercentiles(0.5, 0.99).register(registry);
        messagesPerTurn = DistributionSummary.builder("atende.aggregation.messages.per.turn")
                .description("Inbound messages answered together by one turn").register(registry);
    }

    void accepted(boolean duplicate) {
        (duplicate ? acceptedDuplicate : acceptedNew).increment();
    }

    void turnAnswered(int inbound, Duration sinceFirstMessage, Duration running) {
        turnsAnswered.increment();
        messagesPerTurn.record(inbound);
        replyLatency.record(sinceFirstMessage);
        turnDuration.record(running);
    }

    void superseded() {
        turnsSuperseded.increment();
    }

    void failed() {
        turnsFailed.increment();
    }
}
