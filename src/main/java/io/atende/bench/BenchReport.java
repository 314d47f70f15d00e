package io.atende.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome of {@code bench turns}: every database's figures, the ratios to the bare endpoint,
 * whether the targets were met, and the context (load, memory) needed to believe them.
 */
public record BenchReport(BenchConfig config, Map<BenchConfig.Database, DatabaseResult> results,
                          double loadBefore, double loadAfter) {

    /** Targets of the issue: turn overhead at the configured rate. */
    static final double TARGET_P50_MS = 5;
    static final double TARGET_P99_MS = 30;

    /** Whether any database lost or duplicated a reply: a correctness failure, not a slow run. */
    public boolean exactlyOnceViolated() {
        return results.values().stream().filter(r -> r.skipped() == null)
                .anyMatch(r -> bad(r.pipeline().audit()) || bad(r.bare().audit()));
    }

    public String toJson() {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(toMap());
    }

    /** The JSON document as nested maps, snake_case keys. */
    public Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        for (var entry : results.entrySet()) {
            json.put(entry.getKey().key(), database(entry.getValue()));
        }
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("databases", config.databases().stream().map(BenchConfig.Database::key).toList());
        cfg.put("engine", "local");
        cfg.put("pack", config.pack().getFileName().toString());
        cfg.put("conversations", config.conversations());
        cfg.put("rate_per_s", config.rate());
        cfg.put("seconds", config.seconds());
        cfg.put("warmup_seconds", config.warmupSeconds());
        cfg.put("aggregation_window_ms", 0);
        cfg.put("java", Runtime.version().toString());
        cfg.put("cpus", Runtime.getRuntime().availableProcessors());
        cfg.put("load_average_1m", Map.of("before", loadBefore, "after", loadAfter));
        json.put("config", cfg);
        json.put("peak_rss_mb", ProcessMemory.peakRssMb().orElse(-1));
        json.put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return json;
    }

    private Map<String, Object> database(DatabaseResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (r.skipped() != null) {
            json.put("skipped", true);
            json.put("reason", r.skipped());
            return json;
        }
        json.put("pipeline", phase(r.pipeline()));
        json.put("bare", phase(r.bare()));
        Map<String, Object> ratio = new LinkedHashMap<>();
        ratio.put("accept_p50", ratio(r.pipeline().accept().p50(), r.bare().accept().p50()));
        ratio.put("accept_p99", ratio(r.pipeline().accept().p99(), r.bare().accept().p99()));
        ratio.put("throughput", ratio(r.pipeline().throughput(), r.bare().throughput()));
        ratio.put("cpu_per_message", ratio(r.pipeline().cpuMsPerMessage(), r.bare().cpuMsPerMessage()));
        json.put("ratio", ratio);
        json.put("targets", targets(r.pipeline()));
        json.put("peak_rss_mb_so_far", r.peakRssMb());
        return json;
    }

    private Map<String, Object> targets(PhaseResult p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("turn_p50_ms_max", TARGET_P50_MS);
        json.put("turn_p99_ms_max", TARGET_P99_MS);
        List<String> missed = new java.util.ArrayList<>();
        if (!(p.turnOverhead().p50() <= TARGET_P50_MS)) {
            missed.add("turn p50 " + p.turnOverhead().p50() + " ms > " + TARGET_P50_MS);
        }
        if (!(p.turnOverhead().p99() <= TARGET_P99_MS)) {
            missed.add("turn p99 " + p.turnOverhead().p99() + " ms > " + TARGET_P99_MS);
        }
        if (p.throughput() < 0.98 * config.rate()) {
            missed.add("throughput " + round(p.throughput()) + "/s below the offered " + config.rate() + "/s");
        }
        if (bad(p.audit()) || !p.errors().isEmpty()) {
            missed.add("lost, duplicate or failed messages");
        }
        json.put("met", missed.isEmpty());
        json.put("missed", missed);
        return json;
    }

    private Map<String, Object> phase(PhaseResult p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("offered_rate_per_s", config.rate());
        json.put("achieved_rate_per_s", round(p.achievedRate()));
        json.put("sent", p.sent());
        json.put("accepted", p.accepted());
        json.put("errors", p.errors().values().stream().mapToInt(Integer::intValue).sum());
        if (!p.errors().isEmpty()) {
            json.put("errors_by_cause", p.errors());
        }
        json.put("accept_ms", latency(p.accept()));
        if (p.turnOverhead() != null) {
            json.put("turn_overhead_ms", latency(p.turnOverhead()));
            json.put("turns", p.audit().turns());
        }
        json.put("throughput_per_s", round(p.throughput()));
        json.put("lost", p.audit().lost());
        json.put("duplicates", p.audit().duplicates());
        json.put("with_person", p.audit().withPerson());
        json.put("send_lag_p99_ms", p.sendLagP99Ms());
        json.put("cpu_ms_per_message", p.cpuMsPerMessage());
        return json;
    }

    private static Map<String, Object> latency(Latency l) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("count", l.count());
        json.put("p50", l.count() == 0 ? null : l.p50());
        json.put("p99", l.count() == 0 ? null : l.p99());
        json.put("max", l.count() == 0 ? null : l.max());
        return json;
    }

    private static boolean bad(ReplyAudit audit) {
        return audit.lost() > 0 || audit.duplicates() > 0;
    }

    private static Double ratio(double a, double b) {
        return b > 0 && !Double.isNaN(a) ? round(a / b) : null;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
