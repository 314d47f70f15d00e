package io.atende.tool;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A store API that misbehaves on request, over real HTTP: answers, errors, broken JSON and a path that never
 * answers until the test ends. It records what it received.
 */
final class TestStoreServer implements AutoCloseable {

    /** What one request carried. */
    record Received(String method, String path, String query, String body, String apiKey) {
    }

    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);
    final List<Received> received = new CopyOnWriteArrayList<>();

    TestStoreServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getRawPath();
        received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), body,
                exchange.getRequestHeaders().getFirst("X-Api-Key")));
        switch (path) {
            case "/score" -> send(exchange, 200, "{\"score\":720,\"limite\":2500.10,\"dados\":{\"faixa\":\"A\"},\"nada\":null}");
            case "/echo" -> send(exchange, 200, body.isEmpty() ? "{}" : body);
            case "/missing" -> send(exchange, 404, "{\"code\":404,\"description\":\"Pedido não encontrado\"}");
            case "/boom" -> send(exchange, 500, "{\"error\":\"internal\"}");
            case "/broken" -> send(exchange, 200, "{\"score\": 7");
            case "/list" -> send(exchange, 200, "[1,2,3]");
            case "/slow" -> {
                try {
                    release.await(); // stands for a store that hangs: released when the test ends
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(exchange, 200, "{}");
            }
            default -> send(exchange, 200, "{\"path\":\"" + path + "\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
