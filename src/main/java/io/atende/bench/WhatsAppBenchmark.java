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
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp under load: signed webhook deliveries from {@link WebhookSimulator} at a fixed rate across many
 * contacts, into the application as {@code ./atende serve} runs it (embedded H2, the local engine, the pack's own
 * burst window), then an audit of the database: every acknowledged delivery stored once and answered by exactly
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
        try (ConfigurableApplicationContext app = start(dataDir, secret)) {
            URI webhook = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                    + "/webhooks/whatsapp");
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            CustomerMessages messages = CustomerMessages.load();
            // varied texts, as the turn benchmark sends them: an opener, a question, a closer
            List<String> texts = java.util.stream.IntStream.range(0, 997).mapToObj(messages::text).toList();
            WebhookSimulator simulator = new WebhookSimulator();
            if (warmupSeconds > 0) {
                progress.accept("warm-up: " + warmupSeconds + " s at " + rate + "/s");
                simulator.run(new WebhookSimulator.Config(webhook, secret, contacts, rate, rate * warmupSeconds,
                        texts, "bench"), line -> { });
            }
            progress.accept("measured: " + seconds + " s at " + rate + "/s across " + contacts + " contacts");
            WebhookSimulator.Report measured = simulator.run(new WebhookSimulator.Config(webhook, secret, contacts,
                    rate, rate * seconds, texts, "bench"), progress);
            progress.accept("waiting for every turn to finish (at most " + drainSeconds + " s)");
            StoredReplies.drain(jdbc, drainSeconds);
            ReplyAudit audit = StoredReplies.load(jdbc).audit(measured.acknowledgedIds());
            return report(measured, audit);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir.toFile());
        }
    }

    private Map<String, Object> report(WebhookSimulator.Report measured, ReplyAudit audit) {
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
        json.put("stored", audit.stored());
        json.put("answered", audit.replyAt().size());
        json.put("with_person", audit.withPerson());
        json.put("turns", audit.turns());
        json.put("lost", audit.lost());
        json.put("duplicates", audit.duplicates());
        json.put("target_ack_p99_ms", TARGET_ACK_P99_MS);
        json.put("target_met", measured.ackP99Ms() <= TARGET_ACK_P99_MS && audit.lost() == 0
                && audit.duplicates() == 0 && measured.acknowledged() == measured.sent());
        json.put("peak_rss_mb", ProcessMemory.peakRssMb().isPresent() ? ProcessMemory.peakRssMb().getAsLong() : null);
        return json;
    }

    public static String toJson(Map<String, Object> report) {
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    private ConfigurableApplicationContext start(Path dataDir, String secret) {
        return BenchApp.start(dataDir, pack, WebApplicationType.SERVLET, Map.of(
                "atende.whatsapp.app-secret", secret, "atende.whatsapp.verify-token", UUID.randomUUID().toString()));
    }
}
