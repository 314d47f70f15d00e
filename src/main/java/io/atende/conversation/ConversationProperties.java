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
 * @param workers             turns in flight at once in this instance, each on a platform thread of its own (those
 *                            waiting on a model or a store API count too)
 * @param historySize         earlier messages given to the engine
 * @param faultDelayMs        fault injection for crash tests: a pause inside every turn before it commits, and
 *                            before each journaled delivery is handled
 * @param failureBackoffMs    wait before a failed turn runs again
 * @param failureAttempts     failed attempts after which the customer gets the pack's {@code turn_failed} message
 * @param followUpPollMs      how often the database is asked for due follow-ups (re-engagement)
 * @param overloadTurnPercent 0 (the default): turns always use every core. Otherwise, while more turns are due
 *                            than workers and messages keep arriving, and only while threads wake late (requests
 *                            wait for a core), turns compute on cores - 1, each a share of the time that halves
 *                            while threads wake late and grows back while they wake on time — never under this
 *                            percent (see {@link io.atende.shared.CpuGate})
 * @param journal             push channels (WhatsApp) keep each verified delivery in a journal on the local disk
 *                            ({@code <data-dir>/journal}) and acknowledge it from there, turning it into messages
 *                            right after; false: they acknowledge only once the database has the messages (for
 *                            instances whose local disk is not kept across restarts)
 * @param journalMaxBacklogMb deliveries waiting in the journal beyond which new ones are refused (503, delivered
 *                            again later by the sender)
 * @param turnNice            the operating system's nice value for the threads that run turns (0..19; 0: the same
 *                            priority as everything else): when turns and incoming messages both want the CPU, the
 *                            kernel favours the messages, so acknowledgements stay fast while turns fall behind
 * @param computingTurns      of the workers, how many compute at once (0, the default: four per core); a turn
 *                            waiting on the network or the disk does not count. More runnable threads than that do
 *                            not finish turns sooner, and they take the cores from incoming messages
 */
@Validated
@ConfigurationProperties("atende.conversation")
public record ConversationProperties(long aggregationWindowMs,
                                     @Min(1000) @Max(600_000) long leaseMs,
                                     @Min(10) @Max(60_000) long pollMs,
                                     @Min(1) @Max(512) int workers,
                                     @Min(0) @Max(200) int historySize,
                                     @Min(0) long faultDelayMs,
                                     @Min(10) @Max(600_000) long failureBackoffMs,
                                     @Min(1) @Max(100) int failureAttempts,
                                     @Min(10) @Max(3_600_000) long followUpPollMs,
                                     @Min(0) @Max(100) int overloadTurnPercent,
                                     boolean journal,
                                     @Min(1) @Max(65_536) int journalMaxBacklogMb,
                                     @Min(0) @Max(19) int turnNice,
                                     @Min(0) @Max(512) int computingTurns) {
}
