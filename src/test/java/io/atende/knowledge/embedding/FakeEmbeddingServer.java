package io.atende.knowledge.embedding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local server speaking OpenAI's {@code POST /v1/embeddings}: a deterministic 8-dimensional vector per input
 * (from the input's characters, so equal texts get equal vectors), items listed in reverse order as the protocol
 * allows; or an error status, or no answer at all until released.
 */
public final class FakeEmbeddingServer implements AutoCloseable {

    public enum Behaviour { ANSWER, FAIL_500, HANG }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Behaviour behaviour = Behaviour.ANSWER;

    public FakeEmbeddingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/embeddings", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public void behave(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    public List<JsonNode> requests() {
        return requests;
    }

    public List<String> authorizations() {
        return authorizations;
    }

    /** The vector the server gives a text, before the client normalises it. */
    public static float[] vectorOf(String text) {
        float[] v = new float[8];
        for (int i = 0; i < text.length(); i++) {
            v[text.charAt(i) % 8] += 1;
        }
        return v;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                respond(exchange, 405, "{\"error\": {\"message\": \"method not allowed\"}}");
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            requests.add(body);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            switch (behaviour) {
                case FAIL_500 -> respond(exchange, 500,
                        "{\"error\": {\"message\": \"model overloaded\", \"type\": \"server_error\"}}");
                case HANG -> {
                    release.await();
                    respond(exchange, 200, "{}");
                }
                case ANSWER -> respond(exchange, 200, answer(body));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String answer(JsonNode body) {
        ObjectNode out = JSON.createObjectNode().put("object", "list").put("model", body.path("model").asString());
        ArrayNode data = out.putArray("data");
        JsonNode input = body.path("input");
        for (int i = input.size() - 1; i >= 0; i--) {
            ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
            ArrayNode values = item.putArray("embedding");
            for (float x : vectorOf(input.get(i).asString())) {
                values.add(x);
            }
        }
        out.putObject("usage").put("prompt_tokens", 1).put("total_tokens", 1);
        return JSON.writeValueAsString(out);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
