package io.atende.bench;

import io.atende.channel.whatsapp.WebhookSimulator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp under load: signed webhook deliveries from {@link WebhookSimulator} at a fixed rate across many
 * contacts, into {@code ./atende serve} in its own process (embedded H2, the local engine, the pack's own burst
 * window, the product's JVM flags), then an audit of its database: every acknowledged delivery stored once and answered by exactly
 * one turn, nothing answered twice.
 */
public final class WhatsAppBenchmark {

    /** The targets: acknowledgement p99 and the offered rate. */
    static final double TARGET_ACK_P99_MS = 50;

    private final Path pack;
    private final int rate;
    private final int contacts;
    private final int seconds;
    private final int warmupSeconds;
    private final int drainSeconds;
    private final Consumer<String> progress;

    public WhatsAppBenchmark(Path pack, int rate, int contacts, int seconds, int warmupSeconds, int drainSeconds,
                             Consumer<String> progress) {
        this.pack = pack;
        this.rate = rate;
        this.contacts = contacts;
        this.seconds = seconds;
        this.warmupSeconds = warmupSeconds;
        this.drainSeconds = drainSeconds;
        this.progress = progress;
    }

    /** Runs and returns the report as an ordered map (printed as JSON or a line). */
    public Map<String, Object> run() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-bench-whatsapp-");
        String secret = UUID.randomUUID().toString();
        String apiToken = UUID.randomUUID().toString();
        try (ServeProcess serve = ServeProcess.start(dataDir, pack, Map.of(
                "ATENDE_WHATSAPP_APP_SECRET", secret, "ATENDE_WHATSAPP_VERIFY_TOKEN", UUID.randomUUID().toString(),
                "ATENDE_API_TOKEN", apiToken,
                "ATENDE_ADMIN_PASSWORD", UUID.randomUUID().toString()))) {
            URI webhook = serve.url("/webhooks/whatsapp");
            CustomerMessages messages = CustomerMessages.load();
            // varied texts, as the turn benchmark sends them: an opener, a question, a closer
            List<String> texts = java.util.stream.IntStream.range(0, 997).mapToObj(messages::text).toList();
            WebhookSimulator simulator = new WebhookSimulator();
            JdbcClient jdbc = JdbcClient.create(serve.database());
            long warmed = 0;
            if (warmupSeconds > 0) {
                // a cold JVM at the full rate would start the measured window with a backlog of its own making:
                // warm it at half the rate, then let it finish those turns, so the window shows the steady state
                int warmRate = Math.max(1, rate / 2);
                progress.accept("warm-up: " + warmupSeconds + " s at " + warmRate + "/s, then its turns finish");
                warmed = simulator.run(new WebhookSimulator.Config(webhook, secret, contacts, warmRate,
                        warmRate * warmupSeconds, texts, "bench"), line -> { }).acknowledged();
                StoredReplies.drain(jdbc, drainSeconds, warmed);
            }
            progress.accept("measured: " + seconds + " s at " + rate + "/s across " + contacts + " contacts");
            URI metrics = serve.url("/actuator/prometheus");
            ServerMetrics before = ServerMetrics.read(metrics, apiToken);
            java.util.OptionalLong writtenBefore = serve.diskWrittenBytes();
            WebhookSimulator.Report measured = simulator.run(new WebhookSimulator.Config(webhook, secret, contacts,
                    rate, rate * seconds, texts, "bench"), progress);
            ServerMetrics server = ServerMetrics.read(metrics, apiToken).since(before);
            java.util.OptionalLong writtenAfter = serve.diskWrittenBytes();
            Long writtenMb = writtenBefore.isPresent() && writtenAfter.isPresent()
                    ? Math.round((writtenAfter.getAsLong() - writtenBefore.getAsLong()) / 1048576.0) : null;
            progress.accept("waiting for every turn to finish (at most " + drainSeconds + " s)");
            StoredReplies.drain(jdbc, drainSeconds, warmed + measured.acknowledged());
            StoredReplies stored = StoredReplies.load(jdbc);
            ReplyAudit audit = stored.audit(measured.acknowledgedIds());
            Latency reply = Latency.ofNanos(ReplyAudit.overheadNanos(stored.inbound(), audit.replyAt(),
                    measured.acknowledgedIds()::contains));
            return report(measured, audit, reply, server, writtenMb, serve.peakRssMb());
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    private Map<String, Object> report(WebhookSimulator.Report measured, ReplyAudit audit, Latency reply,
                                       ServerMetrics server, Long writtenMb, java.util.OptionalLong rss) {
        JournalSyncs syncs = server.journal();
        CollectorPauses pauses = server.collector();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rate", rate);
        json.put("contacts", contacts);
        json.put("seconds", seconds);
        json.put("sent", measured.sent());
        json.put("acknowledged", measured.acknowledged());
        json.put("statuses", measured.statuses());
        json.put("achieved_rate", Math.round(measured.sent() / measured.seconds() * 10) / 10.0);
        json.put("ack_p50_ms", measured.ackP50Ms());
        json.put("ack_p99_ms", measured.ackP99Ms());
        json.put("ack_max_ms", measured.ackMaxMs());
        // every acknowledgement waited for one of these: a missed p99 with many slow syncs is the disk's
        json.put("journal_syncs", syncs.count());
        json.put("journal_syncs_over_50ms", syncs.over50());
        json.put("journal_syncs_over_100ms", syncs.over100());
        json.put("journal_sync_mean_ms", syncs.count() == 0 ? null
                : Math.round(syncs.seconds() / syncs.count() * 1e6) / 1e3);
        // and for all of each of these
        json.put("gc_pauses", pauses.count());
        json.put("gc_full_pauses", pauses.major());
        json.put("gc_pause_total_ms", Math.round(pauses.seconds() * 1e3));
        // what the server had written back to the disk meanwhile (mostly H2's checkpoints): the load the syncs share
        json.put("server_disk_written_mb", writtenMb);
        json.put("stored", audit.stored());
        json.put("answered", audit.replyAt().size());
        // message stored to its reply stored, the pack's quiet window for bursts included: fast acknowledgements
        // must not come from turns left behind
        json.put("reply_p50_ms", reply.count() == 0 ? null : reply.p50());
        json.put("reply_p99_ms", reply.count() == 0 ? null : reply.p99());
        json.put("with_person", audit.withPerson());
        json.put("turns", audit.turns());
        json.put("lost", audit.lost());
        json.put("duplicates", audit.duplicates());
        json.put("target_ack_p99_ms", TARGET_ACK_P99_MS);
        json.put("target_met", measured.ackP99Ms() <= TARGET_ACK_P99_MS && audit.lost() == 0
                && audit.duplicates() == 0 && measured.acknowledged() == measured.sent());
        json.put("server_peak_rss_mb", rss.isPresent() ? rss.getAsLong() : null);
        return json;
    }

    public static String toJson(Map<String, Object> report) {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }
}
