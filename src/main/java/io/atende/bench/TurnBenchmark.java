package io.atende.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * {@code bench turns}: for each database, starts Atende in-process on a fresh database, drives
 * {@code POST /api/v1/messages} over real HTTP at a constant rate, then the bare endpoint under the
 * same load, and reads the outcome back from the database.
 */
public final class TurnBenchmark {

    private final BenchConfig config;
    private final Consumer<String> progress;

    public TurnBenchmark(BenchConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Runs every configured database; the result renders as JSON or a table. */
    public BenchReport run() {
        double loadBefore = ProcessMemory.loadAverage();
        Map<BenchConfig.Database, DatabaseResult> results = new LinkedHashMap<>();
        for (BenchConfig.Database db : config.databases()) {
            results.put(db, runOn(db));
        }
        return new BenchReport(config, results, loadBefore, ProcessMemory.loadAverage());
    }

    private DatabaseResult runOn(BenchConfig.Database db) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("atende-bench-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temp directory: " + e.getMessage(), e);
        }
        BenchDatabase database;
        try {
            database = db == BenchConfig.Database.H2 ? new BenchDatabase.H2(dataDir)
                    : BenchDatabase.Postgres.create(config.pgUrl(), config.pgUser(), config.pgPassword());
        } catch (SQLException e) {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
            String reason = "PostgreSQL unreachable at " + config.pgUrl() + ": " + firstLine(e.getMessage());
            progress.accept(db.key() + ": skipped (" + reason + ")");
            return DatabaseResult.skipped(reason);
        }
        String token = "bench-" + UUID.randomUUID();
        try (database; ConfigurableApplicationContext app = start(dataDir, database, token)) {
            BareEndpoint.install(app);
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            LoadGenerator load = new LoadGenerator(token);
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            String run = UUID.randomUUID().toString().substring(0, 8);

            progress.accept(db.key() + ": pipeline at " + config.rate() + " messages/s");
            URI messages = URI.create(base + "/api/v1/messages");
            Phase pipelinePhase = phase(load, messages, "p-" + run, () -> StoredReplies.drain(jdbc, config.drainSeconds()));
            PhaseResult pipeline = pipeline(pipelinePhase, jdbc);

            progress.accept(db.key() + ": bare endpoint, same load");
            Phase barePhase = phase(load, URI.create(base + BareEndpoint.PATH), "b-" + run, () -> { });
            PhaseResult bare = bare(barePhase, jdbc);
            return new DatabaseResult(pipeline, bare, ProcessMemory.peakRssMb().orElse(-1), null);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    private ConfigurableApplicationContext start(Path dataDir, BenchDatabase database, String token) {
        Map<String, Object> props = new HashMap<>(database.properties());
        props.put("atende.security.api-token", token);
        // a turn runs as soon as its message is stored: the overhead measured is the pipeline's, not the window's
        props.put("atende.conversation.aggregation-window-ms", "0");
        return BenchApp.start(dataDir, config.pack(), WebApplicationType.SERVLET, props);
    }

    /** The warm-up and the measured run of one endpoint. */
    private record Phase(LoadGenerator.Run warmup, LoadGenerator.Run measured) {
        List<LoadGenerator.Sample> all() {
            List<LoadGenerator.Sample> all = new ArrayList<>(warmup.samples());
            all.addAll(measured.samples());
            return all;
        }
    }

    /**
     * Warm-up, drain, then the measured run. Draining in between keeps the backlog of a cold JVM
     * (class loading, JIT, first message of every contact) out of the measured window; within each
     * run the load stays open-loop.
     */
    private Phase phase(LoadGenerator load, URI uri, String prefix, Runnable drain) {
        LoadGenerator.Run warmup = load.run(uri, prefix + "-w", config.warmupMessages(), config.rate(), config.conversations());
        drain.run();
        LoadGenerator.Run measured = load.run(uri, prefix + "-m", config.seconds() * config.rate(), config.rate(),
                config.conversations());
        drain.run();
        return new Phase(warmup, measured);
    }

    private PhaseResult pipeline(Phase run, JdbcClient jdbc) {
        StoredReplies stored = StoredReplies.load(jdbc);
        ReplyAudit audit = stored.audit(acceptedIds(run.all()));
        Window window = window(run.measured());
        // a message a person has is handled too (by a silent turn): throughput counts it, turn overhead does not
        long answeredInWindow = audit.replyAt().values().stream().filter(window::contains).count()
                + audit.personAt().values().stream().filter(window::contains).count();
        java.util.Set<String> measured = acceptedIds(run.measured().samples());
        long[] overhead = ReplyAudit.overheadNanos(stored.inbound(), audit.replyAt(), measured::contains);
        return result(run, Latency.ofNanos(overhead), answeredInWindow, audit);
    }

    private PhaseResult bare(Phase run, JdbcClient jdbc) {
        List<ReplyAudit.Inbound> stored = jdbc.sql("SELECT external_id, created_at FROM " + BareEndpoint.TABLE)
                .query((rs, n) -> new ReplyAudit.Inbound(rs.getString(1), StoredReplies.instant(rs, 2), null))
                .list();
        ReplyAudit audit = ReplyAudit.checkStored(acceptedIds(run.all()), stored);
        Window window = window(run.measured());
        long storedInWindow = stored.stream().map(ReplyAudit.Inbound::createdAt).filter(window::contains).count();
        return result(run, null, storedInWindow, audit);
    }

    private PhaseResult result(Phase run, Latency overhead, long doneInWindow, ReplyAudit audit) {
        Map<String, Integer> errors = new LinkedHashMap<>();
        List<Long> accept = new ArrayList<>();
        int acceptedInWindow = 0;
        for (LoadGenerator.Sample s : run.all()) {
            if (s.error() != null) {
                errors.merge(s.error(), 1, Integer::sum);
            }
        }
        for (LoadGenerator.Sample s : run.measured().samples()) {
            if (s.error() == null) {
                acceptedInWindow++;
                accept.add(s.latencyNanos());
            }
        }
        int accepted = (int) run.all().stream().filter(s -> s.error() == null).count();
        double cpuMsPerMessage = BenchReport.round(run.measured().cpuNanos() / 1e6 / Math.max(1, run.measured().samples().size()));
        return new PhaseResult(run.all().size(), accepted, errors, (double) acceptedInWindow / config.seconds(),
                run.measured().sendLagP99Ms(), Latency.ofNanos(accept.stream().mapToLong(Long::longValue).toArray()), overhead,
                (double) doneInWindow / config.seconds(), audit, cpuMsPerMessage);
    }

    private static java.util.Set<String> acceptedIds(List<LoadGenerator.Sample> samples) {
        return samples.stream().filter(s -> s.error() == null).map(LoadGenerator.Sample::externalId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private Window window(LoadGenerator.Run run) {
        Instant from = run.startedAt();
        return new Window(from, from.plus(config.measured()));
    }

    /** The measured part of a phase on the wall clock, which the server's timestamps also use. */
    private record Window(Instant from, Instant to) {
        boolean contains(Instant t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no details" : message.lines().findFirst().orElse(message);
    }
}
