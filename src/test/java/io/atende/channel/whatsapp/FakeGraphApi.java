package io.atende.channel.whatsapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for Meta's Graph API speaking its wire protocol: {@code POST /{phone-number-id}/messages}
 * answers {@code {"messaging_product":"whatsapp","contacts":[...],"messages":[{"id":"wamid..."}]}} (or {@code
 * {"success":true}} for a read receipt), {@code GET /{media-id}} the media's url, mime_type and file_size, and the url
 * the bytes. Every request is recorded; errors can be scripted in Graph's shape
 * {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}. A wrong bearer token gets Graph's 401.
 */
final class FakeGraphApi implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as received. */
    record Request(String method, String path, String authorization, JsonNode body) {
    }

    private record Rule(Predicate<JsonNode> matches, AtomicInteger times, int status, int code, Integer retryAfter) {
    }

    private record Media(String mime, byte[] bytes, long declaredSize) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final HttpServer server;
    private final String token;

    FakeGraphApi(String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure as ATENDE_WHATSAPP_API_BASE_URL. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v21.0";
    }

    /** The next {@code times} sends matching {@code matches} get a Graph error with this HTTP status and code. */
    FakeGraphApi fail(Predicate<JsonNode> matches, int times, int status, int code) {
        rules.add(new Rule(matches, new AtomicInteger(times), status, code, null));
        return this;
    }

    /** Serves a media id: its bytes, and the size {@code GET /{media-id}} declares. */
    FakeGraphApi media(String id, String mime, byte[] bytes, long declaredSize) {
        media.put(id, new Media(mime, bytes, declaredSize));
        return this;
    }

    /** The message sends (not read receipts), in order. */
    List<JsonNode> sent() {
        return requests.stream().filter(r -> r.path().endsWith("/messages") && r.body() != null
                && r.body().has("type")).map(Request::body).toList();
    }

    void reset() {
        requests.clear();
        rules.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(exchange.getRequestMethod(), path, auth, body));
            if (!("Bearer " + token).equals(auth)) {
                error(exchange, 401, 190, "OAuthException", "Invalid OAuth access token");
                return;
            }
            if (path.startsWith("/download/")) {
                Media m = media.get(path.substring("/download/".length()));
                if (m == null) {
                    answer(exchange, 404, "{}");
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", m.mime());
                exchange.sendResponseHeaders(200, m.bytes().length);
                exchange.getResponseBody().write(m.bytes());
                return;
            }
            if ("GET".equals(exchange.getRequestMethod())) {
                String id = path.substring(path.lastIndexOf('/') + 1);
                Media m = media.get(id);
                if (m == null) {
                    error(exchange, 400, 100, "GraphMethodException", "Unsupported get request");
                    return;
                }
                answer(exchange, 200, JSON.writeValueAsString(Map.of("messaging_product", "whatsapp",
                        "url", "http://127.0.0.1:" + server.getAddress().getPort() + "/download/" + id,
                        "mime_type", m.mime(), "sha256", "0", "file_size", m.declaredSize(), "id", id)));
                return;
            }
            for (Rule rule : rules) {
                if (rule.matches().test(body) && rule.times().getAndDecrement() > 0) {
                    error(exchange, rule.status(), rule.code(), "OAuthException", "scripted error " + rule.code());
                    return;
                }
            }
            if (body != null && body.has("status")) {
                answer(exchange, 200, "{\"success\":true}");
                return;
            }
            String to = body == null ? "" : body.path("to").asString("");
            answer(exchange, 200, JSON.writeValueAsString(Map.of("messaging_product", "whatsapp",
                    "contacts", List.of(Map.of("input", to, "wa_id", to)),
                    "messages", List.of(Map.of("id", "wamid.FAKE" + ids.incrementAndGet())))));
        }
    }

    private static void error(HttpExchange exchange, int status, int code, String type, String message) throws IOException {
        answer(exchange, status, JSON.writeValueAsString(Map.of("error", Map.of("message", message, "type", type,
                "code", code, "error_subcode", 2494010, "fbtrace_id", "AbCdEfGh"))));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
