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
            String invalid = body == null ? "no body" : invalid(body);
            if (invalid != null) {
                error(exchange, 400, 131009, "OAuthException", "(#131009) Parameter value is not valid: " + invalid);
                return;
            }
            String to = body == null ? "" : body.path("to").asString("");
            answer(exchange, 200, JSON.writeValueAsString(Map.of("messaging_product", "whatsapp",
                    "contacts", List.of(Map.of("input", to, "wa_id", to)),
                    "messages", List.of(Map.of("id", "wamid.FAKE" + ids.incrementAndGet())))));
        }
    }

    /**
     * What Meta's Cloud API refuses in an image or interactive message (its "Interactive messages" and "Image
     * messages" limits), or null: bodies and captions up to 1024 characters, 1 to 3 reply buttons with unique titles
     * up to 20 characters and ids up to 256, a list button up to 20, 1 to 10 rows with titles up to 24, descriptions
     * up to 72 and ids up to 200, an image by link or id.
     */
    static String invalid(JsonNode body) {
        String type = body.path("type").asString("");
        if ("image".equals(type)) {
            JsonNode image = body.path("image");
            if (!image.has("link") && !image.has("id")) {
                return "image needs a link or an id";
            }
            return image.path("caption").asString("").length() > 1024 ? "caption over 1024" : null;
        }
        if (!"interactive".equals(type)) {
            return null;
        }
        JsonNode interactive = body.path("interactive");
        String text = interactive.path("body").path("text").asString("");
        if (text.isBlank() || text.length() > 1024) {
            return "body text must have 1 to 1024 characters";
        }
        JsonNode header = interactive.path("header");
        if (!header.isMissingNode() && "image".equals(header.path("type").asString(""))
                && !header.path("image").has("link") && !header.path("image").has("id")) {
            return "header image needs a link or an id";
        }
        JsonNode action = interactive.path("action");
        return switch (interactive.path("type").asString("")) {
            case "button" -> {
                JsonNode buttons = action.path("buttons");
                java.util.Set<String> titles = new java.util.HashSet<>();
                if (buttons.size() < 1 || buttons.size() > 3) {
                    yield "1 to 3 buttons";
                }
                for (JsonNode b : buttons) {
                    String title = b.path("reply").path("title").asString("");
                    if (title.isBlank() || title.length() > 20 || !titles.add(title)
                            || b.path("reply").path("id").asString("").length() > 256) {
                        yield "button title '" + title + "'";
                    }
                }
                yield null;
            }
            case "list" -> {
                String button = action.path("button").asString("");
                int rows = 0;
                for (JsonNode section : action.path("sections")) {
                    for (JsonNode row : section.path("rows")) {
                        rows++;
                        String title = row.path("title").asString("");
                        if (title.isBlank() || title.length() > 24 || row.path("id").asString("").length() > 200
                                || row.path("description").asString("").length() > 72) {
                            yield "row '" + title + "'";
                        }
                    }
                }
                yield button.isBlank() || button.length() > 20 ? "list button '" + button + "'"
                        : rows < 1 || rows > 10 ? "1 to 10 rows" : null;
            }
            default -> "interactive type";
        };
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
