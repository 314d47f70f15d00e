package io.atende.tool.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.atende.pack.PackSource;
import io.atende.tool.LocalServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo store API for commands without a web server ({@code ./atende chat}, {@code ./atende test}): the same
 * {@link DemoStore} behind the JDK's small HTTP server on a free loopback port, so demo tools are called over real
 * HTTP there too. Started the first time a tool needs it; stopped with the application.
 */
final class DemoApiServer implements LocalServer, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoStore store;
    private final PackSource packs;
    private final DemoApiSwitch demoApi;
    private HttpServer server;

    DemoApiServer(DemoStore store, PackSource packs, DemoApiSwitch demoApi) {
        this.store = store;
        this.packs = packs;
        this.demoApi = demoApi;
    }

    @Override
    public synchronized Optional<String> address() {
        if (!demoApi.enabled()) {
            return Optional.empty();
        }
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the demo store API", e);
            }
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext(DemoApiSwitch.PATH + "/", this::handle);
            server.start();
        }
        return Optional.of("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(DemoApiSwitch.PATH.length());
            String method = exchange.getRequestMethod();
            Optional<DemoStore.Answer> answer = Optional.empty();
            if (demoApi.enabled() && method.equals("GET") && path.matches("/pedidos/[^/]+")) {
                answer = Optional.of(store.order(path.substring("/pedidos/".length())));
            } else if (demoApi.enabled() && method.equals("POST")) {
                Map<String, Object> body = body(exchange);
                answer = switch (path) {
                    case "/trocas" -> Optional.of(store.exchange(body));
                    case "/credito" -> Optional.of(store.credit(body));
                    case "/pix" -> Optional.of(store.pix(body, packs.current().products()));
                    default -> Optional.empty();
                };
            }
            DemoStore.Answer sent = answer.orElse(new DemoStore.Answer(404, Map.of()));
            byte[] bytes = JSON.writeValueAsString(sent.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(sent.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readNBytes(65_536);
        try {
            return bytes.length == 0 ? Map.of() : JSON.readValue(bytes, Map.class);
        } catch (JacksonException e) {
            return Map.of(); // answered as a request with missing fields
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
