package io.atende.conversation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.conversation}: the turn pipeline.
 *
 * @param aggregationWindowMs overrides the pack's quiet window ({@code ATENDE_AGGREGATION_WINDOW_MS}); negative means use the pack
 * @param leaseMs             how long a claimed conversation stays with one worker without renewal
 * @param pollMs              how often the database is asked for due turns (other instances, recovery)
 * @param workers             turns run at the same time in this instance
 * @param historySize         earlier messages given to the engine
 * @param faultDelayMs        fault injection for crash tests: a pause inside every turn before it commits
 * @param failureBackoffMs    wait before a failed turn runs again
 * @param failureAttempts     failed attempts after which the customer gets the pack's {@code turn_failed} message
 * @param followUpPollMs      how often the database is asked for due follow-ups (re-engagement)
 * @param overloadTurnPercent 0 (the default): turns always use every core. Otherwise, while more turns are due
 *                            than workers and messages keep arriving, turns compute on cores - 1, each this share
 *                            of the time (percent); the rest is kept for accepting messages (see {@link
 *                            io.atende.shared.CpuGate})
 */
@Validated
@ConfigurationProperties("atende.conversation")
public record ConversationProperties(long aggregationWindowMs,
                                     @Min(1000) @Max(600_000) long leaseMs,
                                     @Min(10) @Max(60_000) long pollMs,
                                     @Min(1) @Max(4096) int workers,
                                     @Min(0) @Max(200) int historySize,
                                     @Min(0) long faultDelayMs,
                                     @Min(10) @Max(600_000) long failureBackoffMs,
                                     @Min(1) @Max(100) int failureAttempts,
                                     @Min(10) @Max(3_600_000) long followUpPollMs,
                                     @Min(0) @Max(100) int overloadTurnPercent) {
}
