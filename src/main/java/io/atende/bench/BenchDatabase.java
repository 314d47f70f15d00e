package io.atende.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A fresh, empty database for one run, and its removal afterwards: a new H2 file in a temp
 * directory, or a new schema {@code bench_<random>} in the given PostgreSQL database.
 */
sealed interface BenchDatabase extends AutoCloseable {

    /** Spring properties that point the application at this database. */
    Map<String, Object> properties();

    /** Removes what the run created. */
    @Override
    void close();

    /** H2 lives in the run's data directory, which the bench deletes anyway. */
    record H2(Path dataDir) implements BenchDatabase {
        @Override
        public Map<String, Object> properties() {
            return Map.of(); // the product's default URL under atende.data-dir: what users run
        }

        @Override
        public void close() {
        }
    }

    /** A schema of its own, so a run never touches other data in the database. */
    record Postgres(String url, String user, String password, String schema) implements BenchDatabase {

        /** Connects (failing fast when the server is unreachable) and creates the schema. */
        static Postgres create(String url, String user, String password) throws SQLException {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = connect(url, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            return new Postgres(url, user, password, schema);
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "spring.datasource.username", user, "spring.datasource.password", password);
        }

        @Override
        public void close() {
            try (Connection c = connect(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                System.err.println("atende: could not drop the bench schema " + schema + ": " + e.getMessage());
            }
        }

        private static Connection connect(String url, String user, String password) throws SQLException {
            Properties props = new Properties();
            props.setProperty("user", user);
            props.setProperty("password", password);
            props.setProperty("connectTimeout", "5");
            DriverManager.setLoginTimeout(5);
            return DriverManager.getConnection(url, props);
        }
    }
}
