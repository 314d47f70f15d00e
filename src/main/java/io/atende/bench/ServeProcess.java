package io.atende.bench;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * {@code ./atende serve} in a process of its own, as an operator runs it (its own JVM flags, collector and carrier
 * threads), on a throw-away embedded database that the benchmark reads afterwards through H2's automatic server.
 * A load generator in the server's JVM would share its collector pauses and virtual-thread carriers.
 */
final class ServeProcess implements AutoCloseable {

    private static final long START_TIMEOUT_MS = 180_000;

    private final Process process;
    private final Path dataDir;
    private final int port;

    private ServeProcess(Process process, Path dataDir, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts the server with these extra environment variables and waits until it answers. */
    static ServeProcess start(Path dataDir, Path pack, Map<String, String> env) throws IOException, InterruptedException {
        Path script = Path.of(System.getenv().getOrDefault("ATENDE_HOME", ".")).resolve("atende");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("this benchmark starts ./atende serve, which was not found at " + script
                    + " (run it through ./atende, which sets ATENDE_HOME)");
        }
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(List.of(script.toString(), "serve", "--port", Integer.toString(port),
                "--pack", pack.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("serve.log").toFile());
        Map<String, String> environment = builder.environment();
        // the embedded default, whatever the operator's shell points at
        List.of("ATENDE_DB_URL", "ATENDE_DB_USER", "ATENDE_DB_PASSWORD", "ATENDE_LLM_PROVIDER", "ATENDE_JAVA_OPTS")
                .forEach(environment::remove);
        environment.put("ATENDE_DATA_DIR", dataDir.toString());
        environment.put("ATENDE_PACK_WATCH", "false");
        environment.putAll(env);
        ServeProcess serve = new ServeProcess(builder.start(), dataDir, port);
        serve.awaitReady();
        return serve;
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The server's database, read through H2's automatic server while the server holds the file. */
    DataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dataDir.resolve("db/atende") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
        h2.setUser("sa");
        return h2;
    }

    /** The server's peak resident set (VmHWM), in MB. */
    OptionalLong peakRssMb() {
        return ProcessMemory.peakRssMb(Long.toString(process.pid()));
    }

    /** Bytes the server has had written to the disk so far (its database, journal, logs and index). */
    OptionalLong diskWrittenBytes() {
        return ProcessMemory.diskWrittenBytes(Long.toString(process.pid()));
    }

    private void awaitReady() throws InterruptedException, IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("./atende serve exited with " + process.exitValue() + ": "
                        + tail(dataDir.resolve("serve.log")));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) url("/chat").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        close();
        throw new IllegalStateException("./atende serve did not answer within " + START_TIMEOUT_MS / 1000 + " s: "
                + tail(dataDir.resolve("serve.log")));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server as an operator would (SIGTERM, graceful), forcibly after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
