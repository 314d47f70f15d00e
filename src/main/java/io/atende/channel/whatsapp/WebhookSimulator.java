package io.atende.channel.whatsapp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends realistic, correctly signed WhatsApp Cloud API webhook deliveries (one text message each, in the shape of
 * Meta's "messages" webhook) to a running Atende, for demos and load tests, and measures how fast each is
 * acknowledged. Contacts are {@code 5511900000000 + n}; every message has a new wamid.
 */
public final class WebhookSimulator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param webhook  the server's {@code /webhooks/whatsapp} URL
     * @param texts    the customer messages to send, used in turn
     */
    public record Config(URI webhook, String appSecret, int contacts, int rate, int total, List<String> texts,
                         String phoneNumberId) {
        public Config {
            if (contacts < 1 || rate < 1 || total < 1) {
                throw new IllegalArgumentException("contacts, rate and messages must be at least 1");
            }
            if (appSecret == null || appSecret.isBlank()) {
                throw new IllegalArgumentException("the app secret is needed to sign deliveries"
                        + " (--app-secret or ATENDE_WHATSAPP_APP_SECRET)");
            }
            texts = List.copyOf(texts);
        }
    }

    /**
     * What the server answered: counts per HTTP status (0: no answer) and acknowledgement times in ms.
     *
     * @param wamids       every delivery's message id, in sending order
     * @param acknowledged the ids the server answered 200 for: accepted, so they must be answered exactly once
     */
    public record Report(int sent, Map<Integer, Integer> statuses, double ackP50Ms, double ackP99Ms, double ackMaxMs,
                         double seconds, List<String> wamids, java.util.Set<String> acknowledgedIds) {

        public int acknowledged() {
            return statuses.getOrDefault(200, 0);
        }
    }

    /** Connections kept open to the server: a webhook sender's concurrency is bounded, and so is the simulator's. */
    static final int CONNECTIONS = 64;

    /** Sends {@code total} deliveries at {@code rate} per second, round-robin over the contacts. */
    public Report run(Config config, Consumer<String> progress) {
        WhatsAppSignature signature = new WhatsAppSignature(config.appSecret());
        List<CompletableFuture<long[]>> pending = new ArrayList<>(config.total());
        List<String> wamids = new ArrayList<>(config.total());
        try (KeepAliveSender sender = new KeepAliveSender(config.webhook(), CONNECTIONS)) {
            // built and signed before the clock starts: Meta's cost of making a delivery is not the server's to
            // carry, and on a small machine the simulator shares the server's cores
            List<byte[]> requests = new ArrayList<>(config.total());
            for (int k = 0; k < config.total(); k++) {
                String wamid = "wamid.SIM" + UUID.randomUUID().toString().replace("-", "");
                wamids.add(wamid);
                byte[] body = delivery(config, k, wamid);
                requests.add(sender.post(body, WhatsAppSignature.HEADER,
                        "sha256=" + HexFormat.of().formatHex(signature.sign(body))));
            }
            // The deliveries just built are live until sent: left in the young generation, each of this process's
            // own collections copies them again (70-90 ms on two cores), and every delivery due meanwhile counts as
            // late. One collection now moves them out of the way before the clock starts.
            System.gc();
            double interval = 1e9 / config.rate();
            long start = System.nanoTime();
            for (int k = 0; k < config.total(); k++) {
                long due = start + (long) (k * interval);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                // timed from when it was due, not when it left: a late sender must not hide a slow server
                pending.add(sender.send(requests.get(k), due));
                if (k > 0 && k % (config.rate() * 5) == 0) {
                    progress.accept(k + " deliveries sent");
                }
            }
            return report(config, pending, wamids, start);
        }
    }

    private static Report report(Config config, List<CompletableFuture<long[]>> pending, List<String> wamids,
                                 long start) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        java.util.Set<String> acknowledged = new java.util.HashSet<>();
        long[] latencies = new long[pending.size()];
        for (int i = 0; i < pending.size(); i++) {
            long[] result = pending.get(i).join();
            statuses.merge((int) result[0], 1, Integer::sum);
            latencies[i] = result[1];
            if (result[0] == 200) {
                acknowledged.add(wamids.get(i));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new Report(config.total(), statuses, ms(rank(latencies, 0.5)), ms(rank(latencies, 0.99)),
                ms(latencies[latencies.length - 1]), Math.round(seconds * 100) / 100.0, wamids, acknowledged);
    }

    /** The contact of the k-th delivery: its wa_id, a Brazilian mobile number. */
    public static String waId(int contacts, int k) {
        return Long.toString(5511900000000L + k % contacts);
    }

    private static byte[] delivery(Config config, int k, String wamid) {
        String waId = waId(config.contacts(), k);
        ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
        ObjectNode value = root.putArray("entry").addObject().put("id", "102290129340398")
                .putArray("changes").addObject().put("field", "messages").putObject("value");
        value.put("messaging_product", "whatsapp").putObject("metadata").put("display_phone_number", "5511999990000")
                .put("phone_number_id", config.phoneNumberId());
        value.putArray("contacts").addObject().put("wa_id", waId).putObject("profile").put("name", "Cliente "
                + (k % config.contacts() + 1));
        ObjectNode message = value.putArray("messages").addObject().put("from", waId).put("id", wamid)
                .put("timestamp", Long.toString(Instant.now().getEpochSecond())).put("type", "text");
        message.putObject("text").put("body", config.texts().get(k % config.texts().size()));
        return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
