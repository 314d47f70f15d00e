package io.atende.channel.whatsapp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few Graph API calls the channel makes, over plain HTTP with the bearer token: {@code POST
 * /{phone-number-id}/messages}, {@code GET /{media-id}} and the media download. Errors come back in Graph's shape
 * {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}; transport failures as status 0.
 */
final class GraphApi {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answer: HTTP status (0 when none came), the body as JSON, and Graph's error code if any. */
    record Reply(int status, JsonNode body, String errorCode, Optional<Duration> retryAfter) {

        boolean ok() {
            return status / 100 == 2 && errorCode == null;
        }

        /** The wamid of a sent message. */
        String messageId() {
            return body.path("messages").path(0).path("id").asString(null);
        }
    }

    private final HttpClient http;
    private final WhatsAppProperties properties;
    private final Duration timeout;

    GraphApi(WhatsAppProperties properties) {
        this.properties = properties;
        this.timeout = Duration.ofMillis(properties.timeoutMs());
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** {@code POST {base}/{phone-number-id}/messages}. */
    Reply sendMessage(Map<String, Object> payload) {
        HttpRequest request = authorized(URI.create(base() + "/" + properties.phoneNumberId() + "/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload))).build();
        return call(request);
    }

    /** {@code GET {base}/{media-id}}: the media's url, mime_type and file_size. */
    Reply media(String mediaId) {
        return call(authorized(URI.create(base() + "/" + mediaId)).GET().build());
    }

    /** Downloads a media URL with the bearer token, reading at most {@code max + 1} bytes. */
    HttpResponse<InputStream> download(String url) throws IOException, InterruptedException {
        return http.send(authorized(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", "Bearer " + properties.accessToken());
    }

    private String base() {
        String base = properties.apiBaseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private Reply call(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = parse(response.body());
            JsonNode error = body.path("error");
            String code = error.isMissingNode() ? (response.statusCode() / 100 == 2 ? null : "http_" + response.statusCode())
                    : error.path("code").asString("unknown");
            Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(GraphApi::seconds);
            return new Reply(response.statusCode(), body, code, retryAfter);
        } catch (IOException e) {
            return new Reply(0, JSON.createObjectNode(), e instanceof java.net.http.HttpTimeoutException ? "timeout" : "io",
                    Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, JSON.createObjectNode(), "interrupted", Optional.empty());
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
