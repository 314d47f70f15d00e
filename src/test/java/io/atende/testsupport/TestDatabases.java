package io.atende.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: an H2 file database in a temp directory, and a fresh schema on the
 * PostgreSQL server named by {@code ATENDE_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}).
 * Without a reachable PostgreSQL the PostgreSQL tests skip and say why, except under {@code CI=true},
 * where they fail: CI always has one.
 */
public final class TestDatabases {

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabases() {
    }

    /** A database to test against; {@link #url()} names it for a second connection pool or process. */
    public record TestDatabase(String kind, String url, String user, String password) {

        public HikariDataSource newPool(int size) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(user);
            config.setPassword(password);
            config.setMaximumPoolSize(size);
            return new HikariDataSource(config);
        }

        /** Drops a PostgreSQL test schema (H2 test files live in temp directories). */
        public void drop() {
            int at = url.indexOf("currentSchema=");
            if (!"postgres".equals(kind) || at < 0) {
                return;
            }
            try (Connection c = DriverManager.getConnection(pgBaseUrl(), user, password)) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + url.substring(at + 14) + " CASCADE");
            } catch (SQLException e) {
                // leftover schemas are harmless; the next run creates new ones
            }
        }

        /** Creates the schema; returns a pool on it. */
        public HikariDataSource migrated(int poolSize) {
            HikariDataSource pool = newPool(poolSize);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return pool;
        }
    }

    public static TestDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("atende-h2-");
            return new TestDatabase("h2", "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000", "sa", "");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pgBaseUrl() {
        String url = System.getenv("ATENDE_TEST_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
    }

    public static String pgUser() {
        String user = System.getenv("ATENDE_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    /** A fresh, empty schema on the test PostgreSQL; skips (or fails under CI) when there is none. */
    public static TestDatabase postgres() {
        String base = pgBaseUrl();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, pgUser(), "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String why = "PostgreSQL tests skipped: cannot reach " + base + " as " + pgUser() + " (" + e.getMessage()
                    + "). Start PostgreSQL or set ATENDE_TEST_PG_URL / ATENDE_TEST_PG_USER.";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why, e);
            }
            Assumptions.abort(why);
        }
        String sep = base.contains("?") ? "&" : "?";
        return new TestDatabase("postgres", base + sep + "currentSchema=" + schema, pgUser(), "");
    }

    public static TestDatabase of(String kind) {
        return "postgres".equals(kind) ? postgres() : h2();
    }
}
