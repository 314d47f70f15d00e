package io.atende.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code bench gateway} measured.
 *
 * @param overhead   per pair of calls, the gateway's time minus the direct call's
 * @param ledgerRows rows the gateway wrote for the run's conversation (one per call: the ledger is in the path)
 */
public record GatewayBenchReport(int calls, Latency direct, Latency gateway, Latency overhead, long ledgerRows,
                                 int gatewayCalls, OptionalLong peakRssMb) {

    /** The target for the added median latency. */
    static final double TARGET_OVERHEAD_P50_MS = 1.0;

    public boolean targetMet() {
        return overhead.p50() <= TARGET_OVERHEAD_P50_MS;
    }

    public String toJson() {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(toMap());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("calls", calls);
        json.put("direct", latency(direct));
        json.put("gateway", latency(gateway));
        json.put("overhead_p50_ms", overhead.p50());
        json.put("overhead_p99_ms", overhead.p99());
        json.put("ratio_p50", direct.p50() == 0 ? null : Math.round(gateway.p50() / direct.p50() * 1000) / 1000.0);
        json.put("target_overhead_p50_ms", TARGET_OVERHEAD_P50_MS);
        json.put("target_met", targetMet());
        json.put("ledger_rows", ledgerRows);
        json.put("gateway_calls", gatewayCalls);
        json.put("reference", "LiteLLM publishes 2-12 ms median proxy overhead");
        json.put("peak_rss_mb", peakRssMb.isPresent() ? peakRssMb.getAsLong() : null);
        return json;
    }

    /** A short table for people. */
    public String toTable() {
        return String.format("%-10s %10s %10s%n%-10s %10.3f %10.3f%n%-10s %10.3f %10.3f%n%-10s %10.3f %10.3f%n"
                        + "target: overhead p50 <= %.1f ms: %s; ledger rows %d of %d gateway calls%n",
                "ms", "p50", "p99", "direct", direct.p50(), direct.p99(), "gateway", gateway.p50(), gateway.p99(),
                "overhead", overhead.p50(), overhead.p99(), TARGET_OVERHEAD_P50_MS, targetMet() ? "met" : "NOT met",
                ledgerRows, gatewayCalls);
    }

    private static Map<String, Object> latency(Latency l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("p50_ms", l.p50());
        json.put("p99_ms", l.p99());
        json.put("max_ms", l.max());
        return json;
    }
}
