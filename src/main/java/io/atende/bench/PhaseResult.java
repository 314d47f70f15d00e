package io.atende.bench;

import java.util.Map;

/**
 * One phase of one database: the pipeline or the bare endpoint under the same load.
 *
 * @param sent          messages sent (warm-up included)
 * @param accepted      of those, acknowledged with 202
 * @param errors        the others, by cause
 * @param achievedRate  acknowledged messages per second in the measured window (offered: the config's rate)
 * @param sendLagP99Ms  how late the load generator sent, p99: if high, the client itself was starved of CPU
 * @param accept        HTTP round trip from the message's due time to the 202, measured window only
 * @param turnOverhead  message stored to reply stored, from the database's timestamps (null for the bare endpoint)
 * @param throughput    answered (pipeline) or stored (bare) messages per second in the measured window
 * @param audit         lost and duplicate counts over the whole phase
 * @param cpuMsPerMessage CPU time of this JVM (server and load generator) per message sent in the measured window:
 *                        steadier than latency on a shared machine, since other processes' load does not add to it
 */
record PhaseResult(int sent, int accepted, Map<String, Integer> errors, double achievedRate, double sendLagP99Ms,
                   Latency accept, Latency turnOverhead, double throughput, ReplyAudit audit,
                   double cpuMsPerMessage) {
}
