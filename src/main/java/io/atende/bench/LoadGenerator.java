package io.atende.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load: message {@code k} is due at {@code start + k / rate} whatever the server does,
 * and its latency is measured from that due time. A closed loop (send, wait, send) would slow down
 * with the server and hide exactly the queueing we want to see (coordinated omission).
 */
final class LoadGenerator {

    private static final CustomerMessages TEXTS = CustomerMessages.load();

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
        // asynchronous, on two platform threads: a virtual thread per request would queue the server's own
        // virtual threads behind the client's on the same carriers, and measure that instead of the server
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(2, Thread.ofPlatform().name("bench-client-", 0).daemon().factory()))
                .build();
    }

    /** Sends {@code total} messages to {@code uri} at {@code rate}/s, spread round-robin over the contacts. */
    Run run(URI uri, String idPrefix, int total, int rate, int conversations) {
        List<CompletableFuture<Sample>> pending = new ArrayList<>(total);
        long[] lag = new long[total];
        double intervalNanos = 1e9 / rate;
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        long cpuAtStart = ProcessMemory.cpuNanos();
        for (int k = 0; k < total; k++) {
            long due = start + (long) (k * intervalNanos);
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            lag[k] = System.nanoTime() - due;
            String id = idPrefix + k;
            String body = "{\"contact\":\"conv-" + (k % conversations) + "\",\"text\":\""
                    + TEXTS.text(k).replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"id\":\"" + id + "\"}";
            pending.add(send(uri, k, id, body, due));
        }
        long cpuAtEnd = ProcessMemory.cpuNanos();
        List<Sample> samples = pending.stream().map(CompletableFuture::join).toList();
        return new Run(startedAt, samples, Latency.ofNanos(lag).p99(), cpuAtEnd - cpuAtStart);
    }

    private CompletableFuture<Sample> send(URI uri, int index, String id, String body, long due) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            long latency = System.nanoTime() - due;
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                return new Sample(index, id, 0, latency, cause.getClass().getSimpleName());
            }
            return new Sample(index, id, response.statusCode(), latency,
                    response.statusCode() == 202 ? null : "http " + response.statusCode());
        });
    }
}
