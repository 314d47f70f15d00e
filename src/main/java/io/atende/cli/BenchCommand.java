package io.atende.cli;

import io.atende.bench.BenchConfig;
import io.atende.bench.BenchReport;
import io.atende.bench.GatewayBenchReport;
import io.atende.bench.GatewayBenchmark;
import io.atende.bench.ReportTable;
import io.atende.bench.RetrievalBenchReport;
import io.atende.bench.RetrievalBenchmark;
import io.atende.bench.RetrievalReportTable;
import io.atende.bench.TurnBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code ./atende bench}: measurements of Atende itself; see docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCommand.Turns.class, BenchCommand.Retrieval.class,
        BenchCommand.Gateway.class, BenchCommand.WhatsApp.class},
        description = "Benchmarks; they print JSON with --json and compare against a baseline in the same run.")
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /**
     * {@code bench turns}. Options are read as text and checked by {@link BenchConfig}, so that a bad
     * value is reported in one line like every other failure (picocli would add the whole usage).
     */
    @Command(name = "turns", mixinStandardHelpOptions = true,
            description = "Turn overhead and throughput of the turn pipeline vs. a bare store-only endpoint, on H2 and PostgreSQL.")
    static final class Turns implements Callable<Integer> {

        @Option(names = "--db", paramLabel = "h2|postgres|both", description = "Databases (default: both).")
        String db = "both";

        @Option(names = "--pg-url", paramLabel = "URL", description = "PostgreSQL JDBC URL (default: " + BenchConfig.DEFAULT_PG_URL
                + "); user and password from ATENDE_DB_USER / ATENDE_DB_PASSWORD, default postgres / empty.")
        String pgUrl = BenchConfig.DEFAULT_PG_URL;

        @Option(names = "--conversations", paramLabel = "N", description = "Concurrent conversations (default: 1000).")
        String conversations = "1000";

        @Option(names = "--rate", paramLabel = "MSG_PER_S", description = "Offered messages per second (default: 200).")
        String rate = "200";

        @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds per phase (default: 30).")
        String seconds = "30";

        // 5 s (1,000 messages) left the engine's code partly interpreted: a cold PostgreSQL run needed 6.6 ms of CPU
        // per message where a warm one needs 3.0 (docs/benchmarks.md, session 5)
        @Option(names = "--warmup-seconds", paramLabel = "S", description = "Warm-up seconds per phase (default: 20).")
        String warmup = "20";

        @CommandLine.Mixin

        PackOption pack = new PackOption();

        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @Unmatched
        List<String> unmatched;

        @Override
        public Integer call() {
            if (unmatched != null && !unmatched.isEmpty()) {
                throw new IllegalArgumentException("unknown option or argument: " + String.join(" ", unmatched));
            }
            String user = System.getenv().getOrDefault("ATENDE_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("ATENDE_DB_PASSWORD", "");
            BenchConfig config = new BenchConfig(BenchConfig.parseDatabases(db), pgUrl, user, password,
                    pack.dir(), BenchConfig.parseInt("--conversations", conversations),
                    BenchConfig.parseInt("--rate", rate), BenchConfig.parseInt("--seconds", seconds),
                    BenchConfig.parseInt("--warmup-seconds", warmup), 30);
            if (!java.nio.file.Files.isDirectory(config.pack())) {
                throw new IllegalArgumentException("pack directory not found: " + config.pack());
            }
            BenchReport report = new TurnBenchmark(config, line -> System.err.println("bench: " + line)).run();
            System.out.print(json ? report.toJson() + "\n" : ReportTable.render(report));
            System.out.flush();
            if (report.exactlyOnceViolated()) {
                System.err.println("atende: replies were lost or duplicated (see lost / duplicates)");
                return 3;
            }
            return 0;
        }
    }

    /** {@code bench retrieval}: hybrid retrieval vs. plain BM25 and dense-only; build and query cost at scale. */
    @Command(name = "retrieval", mixinStandardHelpOptions = true,
            description = "Hybrid retrieval vs. plain Lucene BM25 and vectors alone on judged queries; index build "
                    + "throughput and query latency on a synthetic catalog.")
    static final class Retrieval implements Callable<Integer> {

        /** Timed passes over the queries per system, after the scored one. */
        private static final int TIMED_ROUNDS = 5;

        @CommandLine.Mixin
        PackOption pack = new PackOption();

        @Option(names = "--queries", paramLabel = "F",
                description = "Judged queries (default: <pack>/eval/retrieval.jsonl).")
        Path queries;

        @Option(names = "--synthetic", paramLabel = "N",
                description = "Products in the synthetic catalog (default: 100000; 0 skips that part).")
        String synthetic = "100000";

        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Path dir = pack.dir();
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("pack directory not found: " + dir);
            }
            Path file = queries != null ? queries : dir.resolve("eval").resolve("retrieval.jsonl");
            RetrievalBenchmark.Config config = new RetrievalBenchmark.Config(dir, file,
                    BenchConfig.parseInt("--synthetic", synthetic), TIMED_ROUNDS);
            RetrievalBenchReport report = new RetrievalBenchmark(config, KnowledgeSettings.fromEnvironment(),
                    line -> System.err.println("bench: " + line)).run();
            System.out.print(json ? report.toJson() + "\n" : RetrievalReportTable.render(report));
            System.out.flush();
            return 0;
        }
    }

    /** {@code bench gateway}: the LLM gateway's added latency over a direct call to the same fake provider. */
    @Command(name = "gateway", mixinStandardHelpOptions = true,
            description = "Latency the LLM gateway adds (routing, budgets, breaker, masking, retries, ledger row) "
                    + "over a direct call of the provider adapter, both against a local fake OpenAI endpoint.")
    static final class Gateway implements Callable<Integer> {

        @CommandLine.Mixin
        PackOption pack = new PackOption();

        @Option(names = "--calls", paramLabel = "N", description = "Measured calls each way (default: 2000).")
        String calls = "2000";

        @Option(names = "--warmup", paramLabel = "N", description = "Warm-up calls each way (default: 2000).")
        String warmup = "2000";

        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            int n = BenchConfig.parseInt("--calls", calls);
            int w = BenchConfig.parseInt("--warmup", warmup);
            if (n < 1 || w < 0) {
                throw new IllegalArgumentException(n < 1 ? "--calls must be at least 1" : "--warmup cannot be negative");
            }
            if (!Files.isDirectory(pack.dir())) {
                throw new IllegalArgumentException("pack directory not found: " + pack.dir());
            }
            GatewayBenchReport report = new GatewayBenchmark(pack.dir(), n, w,
                    line -> System.err.println("bench: " + line)).run();
            System.out.print(json ? report.toJson() + "\n" : report.toTable());
            System.out.flush();
            return 0;
        }
    }

    /** {@code bench whatsapp}: signed webhook deliveries under load, audited for lost and repeated replies. */
    @Command(name = "whatsapp", mixinStandardHelpOptions = true,
            description = "Signed WhatsApp webhook deliveries at a fixed rate across many contacts (the local engine, "
                    + "embedded H2): acknowledgement times, and every accepted message answered exactly once.")
    static final class WhatsApp implements Callable<Integer> {

        @CommandLine.Mixin
        PackOption pack = new PackOption();

        @Option(names = "--rate", paramLabel = "PER_S", description = "Deliveries per second (default: 500).")
        String rate = "500";

        @Option(names = "--contacts", paramLabel = "N", description = "Distinct customers (default: 5000).")
        String contacts = "5000";

        @Option(names = "--seconds", paramLabel = "S", description = "Measured seconds (default: 30).")
        String seconds = "30";

        @Option(names = "--warmup-seconds", paramLabel = "S", description = "Warm-up seconds (default: 20).")
        String warmup = "20";

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            int r = BenchConfig.parseInt("--rate", rate);
            int c = BenchConfig.parseInt("--contacts", contacts);
            int s = BenchConfig.parseInt("--seconds", seconds);
            int w = BenchConfig.parseInt("--warmup-seconds", warmup);
            if (r < 1 || c < 1 || s < 1 || w < 0) {
                throw new IllegalArgumentException("--rate, --contacts and --seconds must be at least 1");
            }
            if (!Files.isDirectory(pack.dir())) {
                throw new IllegalArgumentException("pack directory not found: " + pack.dir());
            }
            java.util.Map<String, Object> report = new io.atende.bench.WhatsAppBenchmark(pack.dir(), r, c, s, w, 600,
                    line -> System.err.println("bench: " + line)).run();
            System.out.println(json ? io.atende.bench.WhatsAppBenchmark.toJson(report) : report.toString());
            return Boolean.TRUE.equals(report.get("target_met")) ? 0 : 3;
        }
    }
}
