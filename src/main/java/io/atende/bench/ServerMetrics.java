package io.atende.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What the served process said about itself at one moment ({@code /actuator/prometheus}): read before and after
 * a measured window, the difference tells what the server went through in it, as the server saw it.
 */
record ServerMetrics(JournalSyncs journal, CollectorPauses collector) {

    /** The figures since {@code earlier}. */
    ServerMetrics since(ServerMetrics earlier) {
        return new ServerMetrics(journal.since(earlier.journal), collector.since(earlier.collector));
    }

    static ServerMetrics parse(String exposition) {
        return new ServerMetrics(JournalSyncs.parse(exposition), CollectorPauses.parse(exposition));
    }

    /** Reads the server's Prometheus endpoint, which takes the API token. */
    static ServerMetrics read(URI prometheus, String apiToken) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(prometheus)
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + apiToken).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(prometheus + " answered HTTP " + response.statusCode());
            }
            return parse(response.body());
        }
    }
}
