package io.atende.bench;

import io.atende.knowledge.eval.EvalReport;
import java.util.Map;

/** {@link RetrievalBenchReport} as plain text, for people; the JSON is for tools. */
public final class RetrievalReportTable {

    private RetrievalReportTable() {
    }

    public static String render(RetrievalBenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d queries from %s%n%n", report.queries(), report.config().queries().getFileName()));
        out.append(String.format("%-16s %9s %8s %8s %9s %9s%n", "system", "recall@5", "mrr@10", "ndcg@10", "p50 ms",
                "p99 ms"));
        for (Map.Entry<String, EvalReport> e : report.quality().entrySet()) {
            EvalReport r = e.getValue();
            out.append(String.format("%-16s %9.3f %8.3f %8.3f %9.3f %9.3f%n", e.getKey(), r.overall().recallAt5(),
                    r.overall().mrrAt10(), r.overall().ndcgAt10(), r.p50Ms(), r.p99Ms()));
        }
        RetrievalBenchReport.Scale scale = report.scale();
        if (scale != null) {
            out.append(String.format("%nsynthetic catalog: %,d products, index built in %.1f s (%,.0f products/s), %.0f MB%n",
                    scale.products(), scale.buildSeconds(), scale.productsPerSecond(), scale.indexBytes() / 1e6));
            scale.latency().forEach((name, r) -> out.append(String.format("  %-16s p50 %7.3f ms  p99 %7.3f ms%n", name,
                    r.p50Ms(), r.p99Ms())));
        }
        out.append(String.format("%ntargets: %s%n", report.targets()));
        return out.toString();
    }
}
