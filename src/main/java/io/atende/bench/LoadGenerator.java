package io.atende.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: message {@code k} is due at {@code start + k / rate} whatever the server does,
 * and its latency is measured from that due time. A closed loop (send, wait, send) would slow down
 * with the server and hide exactly the queueing we want to see (coordinated omission).
 */
final class LoadGenerator {

    /** Texts a shopper would send; some match the pack's intents, some fall back. */
    private static final List<String> TEXTS = List.of("oi, boa tarde", "qual o prazo de entrega para SP?",
            "vocês aceitam pix?", "quero trocar um produto", "tem frete grátis?", "qual o horário de atendimento?",
            "meu pedido não chegou", "obrigado!");

    /** One message sent: its index, the server's answer (status 0 on a transport error) and latency. */
    record Sample(int index, String externalId, int status, long latencyNanos, String error) {
    }

    /**
     * All samples of a phase, when the phase started on the wall clock (the server's clock), and the
     * CPU time this JVM used while they were being sent.
     */
    record Run(Instant startedAt, List<Sample> samples, double sendLagP99Ms, long cpuNanos) {
    }

    private final HttpClient client;
    private final String token;

    LoadGenerator(String token) {
        this.token = token;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    /** Sends {@code total} messages to {@code uri} at {@code rate}/s, spread round-robin over the contacts. */
    Run run(URI uri, String idPrefix, int total, int rate, int conversations) {
        Map<Integer, Sample> samples = new ConcurrentHashMap<>(total * 2);
        long[] lag = new long[total];
        double intervalNanos = 1e9 / rate;
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        long cpuAtStart = ProcessMemory.cpuNanos();
        long cpuAtEnd;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int k = 0; k < total; k++) {
                long due = start + (long) (k * intervalNanos);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                lag[k] = System.nanoTime() - due;
                int index = k;
                String id = idPrefix + index;
                String body = "{\"contact\":\"conv-" + (index % conversations) + "\",\"text\":\""
                        + TEXTS.get(index % TEXTS.size()) + "\",\"id\":\"" + id + "\"}";
                senders.execute(() -> samples.put(index, send(uri, index, id, body, due)));
            }
            cpuAtEnd = ProcessMemory.cpuNanos();
        } // close() waits for every request to finish
        return new Run(startedAt, samples.values().stream().sorted(java.util.Comparator.comparingInt(Sample::index)).toList(),
                Latency.ofNanos(lag).p99(), cpuAtEnd - cpuAtStart);
    }

    private Sample send(URI uri, int index, String id, String body, long due) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sample(index, id, response.statusCode(), System.nanoTime() - due,
                    response.statusCode() == 202 ? null : "http " + response.statusCode());
        } catch (java.io.IOException e) {
            return new Sample(index, id, 0, System.nanoTime() - due, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(index, id, 0, System.nanoTime() - due, "interrupted");
        }
    }
}
