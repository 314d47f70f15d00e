package io.atende.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@link BenchReport} as a plain-text table, for people; the JSON is for tools. */
public final class ReportTable {

    private ReportTable() {
    }

    public static String render(BenchReport report) {
        List<String> headers = new ArrayList<>(List.of("metric"));
        List<PhaseResult> columns = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (Map.Entry<BenchConfig.Database, DatabaseResult> e : report.results().entrySet()) {
            DatabaseResult r = e.getValue();
            if (r.skipped() != null) {
                out.append(e.getKey().key()).append(": skipped (").append(r.skipped()).append(")\n");
                continue;
            }
            headers.add(e.getKey().key() + " pipeline");
            columns.add(r.pipeline());
            headers.add(e.getKey().key() + " bare");
            columns.add(r.bare());
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(headers);
        rows.add(row("achieved rate /s", columns, p -> fmt(p.achievedRate())));
        rows.add(row("accept p50 ms", columns, p -> fmt(p.accept().p50())));
        rows.add(row("accept p99 ms", columns, p -> fmt(p.accept().p99())));
        rows.add(row("turn overhead p50 ms", columns, p -> p.turnOverhead() == null ? "-" : fmt(p.turnOverhead().p50())));
        rows.add(row("turn overhead p99 ms", columns, p -> p.turnOverhead() == null ? "-" : fmt(p.turnOverhead().p99())));
        rows.add(row("throughput /s", columns, p -> fmt(p.throughput())));
        rows.add(row("cpu ms / message", columns, p -> fmt(p.cpuMsPerMessage())));
        rows.add(row("errors", columns, p -> String.valueOf(p.errors().values().stream().mapToInt(Integer::intValue).sum())));
        rows.add(row("lost", columns, p -> String.valueOf(p.audit().lost())));
        rows.add(row("duplicates", columns, p -> String.valueOf(p.audit().duplicates())));
        rows.add(row("with a person (no agent reply)", columns, p -> String.valueOf(p.audit().withPerson())));
        int[] widths = new int[headers.size()];
        rows.forEach(r -> { for (int i = 0; i < r.size(); i++) widths[i] = Math.max(widths[i], r.get(i).length()); });
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                out.append(i == 0 ? String.format("%-" + widths[i] + "s", r.get(i)) : String.format("  %" + widths[i] + "s", r.get(i)));
            }
            out.append('\n');
        }
        var cfg = report.config();
        out.append(String.format("%d conversations, %d msg/s offered, %d s measured after %d s warm-up; peak RSS %d MB, heap max %d MB; load %.2f -> %.2f%n",
                cfg.conversations(), cfg.rate(), cfg.seconds(), cfg.warmupSeconds(), ProcessMemory.peakRssMb().orElse(-1),
                Runtime.getRuntime().maxMemory() >> 20, report.loadBefore(), report.loadAfter()));
        return out.toString();
    }

    private static List<String> row(String name, List<PhaseResult> columns, Function<PhaseResult, String> value) {
        List<String> row = new ArrayList<>(List.of(name));
        columns.forEach(p -> row.add(value.apply(p)));
        return row;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.2f", v);
    }
}
