package io.atende.bench;

import io.atende.knowledge.KnowledgeProperties;
import io.atende.knowledge.eval.EvalReport;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outcome of {@code bench retrieval}: quality of every system on the same queries, the ratios of the hybrid
 * retriever to the baselines, the synthetic-catalog figures, the targets and the context (load, memory).
 *
 * @param scale {@code null} when the synthetic part was skipped
 */
public record RetrievalBenchReport(RetrievalBenchmark.Config config, KnowledgeProperties settings, int queries,
                                   Map<String, EvalReport> quality, Scale scale, double loadBefore, double loadAfter) {

    /** Targets of the issue. */
    static final double TARGET_RECALL = 0.90;
    static final double TARGET_P50_MS = 5;
    static final double TARGET_BUILD_PER_S = 2000;

    /**
     * @param products     products in the synthetic catalog (plus the pack's sections)
     * @param buildSeconds fitting the embedder, writing the index with its HNSW graph, committing and opening it
     * @param buildCpuSeconds CPU time of the whole JVM during the build (all threads, GC and JIT included): steadier
     *                     than wall time on a shared machine
     * @param indexBytes   size of the index directory
     * @param latency      per system, measured with the same queries (their quality numbers mean nothing here)
     */
    public record Scale(int products, double buildSeconds, double buildCpuSeconds, long indexBytes,
                        Map<String, EvalReport> latency) {

        double productsPerSecond() {
            return products / buildSeconds;
        }
    }

    public String toJson() {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(toMap());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> systems = new LinkedHashMap<>();
        quality.forEach((name, report) -> systems.put(name, report.toMap()));
        json.put("quality", systems);
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (String baseline : quality.keySet()) {
            if (!baseline.equals("hybrid")) {
                ratios.put("hybrid_vs_" + baseline, ratio(quality.get("hybrid"), quality.get(baseline)));
            }
        }
        json.put("ratios", ratios);
        if (scale != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("products", scale.products());
            s.put("build_seconds", round(scale.buildSeconds()));
            s.put("build_products_per_s", Math.round(scale.productsPerSecond()));
            s.put("build_cpu_seconds", round(scale.buildCpuSeconds()));
            s.put("index_mb", round(scale.indexBytes() / 1e6));
            Map<String, Object> latency = new LinkedHashMap<>();
            scale.latency().forEach((name, r) -> latency.put(name, Map.of("p50_ms", r.p50Ms(), "p99_ms", r.p99Ms())));
            s.put("query_latency", latency);
            json.put("synthetic", s);
        }
        json.put("targets", targets());
        json.put("config", configMap());
        json.put("peak_rss_mb", ProcessMemory.peakRssMb().orElse(-1));
        json.put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return json;
    }

    /** Whether each target of the issue was met; {@code met} only when all were. */
    Map<String, Object> targets() {
        Map<String, Object> t = new LinkedHashMap<>();
        EvalReport.Scores hybrid = quality.get("hybrid").overall();
        boolean beats = quality.entrySet().stream()
                .filter(e -> e.getKey().equals("bm25_standard") || e.getKey().equals("dense_only"))
                .allMatch(e -> hybrid.recallAt5() > e.getValue().overall().recallAt5()
                        && hybrid.mrrAt10() > e.getValue().overall().mrrAt10());
        t.put("hybrid_beats_bm25_standard_and_dense_only", beats);
        t.put("recall@5_at_least_0.90", hybrid.recallAt5() >= TARGET_RECALL);
        boolean met = beats && hybrid.recallAt5() >= TARGET_RECALL;
        if (scale != null) {
            boolean fast = scale.latency().get("hybrid").p50Ms() <= TARGET_P50_MS;
            boolean build = scale.productsPerSecond() >= TARGET_BUILD_PER_S;
            t.put("query_p50_at_most_5ms_at_" + scale.products(), fast);
            t.put("build_at_least_2000_products_per_s", build);
            met &= fast && build;
        }
        t.put("met", met);
        return t;
    }

    private static Map<String, Object> ratio(EvalReport hybrid, EvalReport baseline) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("recall@5", round(hybrid.overall().recallAt5() / baseline.overall().recallAt5()));
        r.put("mrr@10", round(hybrid.overall().mrrAt10() / baseline.overall().mrrAt10()));
        r.put("p50_ms", round(hybrid.p50Ms() / baseline.p50Ms()));
        return r;
    }

    private Map<String, Object> configMap() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("pack", config.pack().toAbsolutePath().normalize().getFileName().toString());
        c.put("queries", config.queries().getFileName().toString());
        c.put("query_count", queries);
        c.put("timed_rounds", config.timedRounds());
        c.put("embedding", settings.embedding().provider().name().toLowerCase(java.util.Locale.ROOT)
                + (settings.embedding().provider() == KnowledgeProperties.Provider.BUILTIN
                ? " " + settings.embedding().dimensions() + " dims" : ""));
        c.put("fusion", Map.of("k", settings.fusion().k(), "bm25_weight", settings.fusion().bm25Weight(),
                "dense_weight", settings.fusion().denseWeight(), "dense_min", settings.fusion().denseMin()));
        c.put("java", Runtime.version().toString());
        c.put("cpus", Runtime.getRuntime().availableProcessors());
        c.put("load_average_1m", Map.of("before", loadBefore, "after", loadAfter));
        return c;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
