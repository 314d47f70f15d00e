package io.atende.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/** A real {@code atende serve} in its own JVM, for tests that must kill it or run two of it. */
public final class AtendeProcess implements AutoCloseable {

    public static final String TOKEN = "test-token-123";

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private AtendeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@code serve} on a free port with the test pack and waits until it is healthy. A port is only known to
     * be free when it is picked: something else (the server's own H2 auto-server, which binds a random port before
     * the web server does) may take it before the server binds it, so a start that finds its port taken is tried
     * again on another.
     */
    public static AtendeProcess start(Path dataDir, Map<String, String> env, Path log) throws IOException {
        for (int attempt = 1; ; attempt++) {
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            AtendeProcess started = new AtendeProcess(launch(dataDir, env, log, port), port);
            try {
                // a process that exited fails at once; only the server not answering yet is waited out
                Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                        .ignoreExceptionsMatching(e -> !(e instanceof IllegalStateException)).until(() -> {
                            if (!started.process.isAlive()) {
                                throw new IllegalStateException("atende exited with " + started.process.exitValue()
                                        + "; see " + log);
                            }
                            return started.get("/actuator/health").statusCode() == 200;
                        });
                return started;
            } catch (IllegalStateException e) {
                if (attempt >= 3 || started.process.isAlive() || !java.nio.file.Files.readString(log)
                        .contains("Port " + port + " was already in use")) {
                    throw e;
                }
            }
        }
    }

    private static Process launch(Path dataDir, Map<String, String> env, Path log, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "io.atende.AtendeApplication", "serve", "--port", Integer.toString(port),
                "--pack", Path.of("src/test/resources/packs/test-store").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ATENDE_DATA_DIR", dataDir.toString());
        builder.environment().put("ATENDE_API_TOKEN", TOKEN);
        builder.environment().put("ATENDE_ADMIN_PASSWORD", "test-admin");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    public HttpResponse<String> postMessage(String contact, String id, String text) throws IOException, InterruptedException {
        return postMessage(TOKEN, contact, id, text, "");
    }

    /** Posts as the API would be used with {@code token}; {@code query} is e.g. {@code ?wait=5000}. */
    public HttpResponse<String> postMessage(String token, String contact, String id, String text, String query)
            throws IOException, InterruptedException {
        String body = "{\"contact\":\"" + contact + "\",\"id\":\"" + id + "\",\"text\":\"" + text + "\"}";
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/messages" + query))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** kill -9: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
