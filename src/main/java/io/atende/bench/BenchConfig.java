package io.atende.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code bench turns} runs: which databases, how many conversations, at what arrival rate and
 * for how long. Validated here so that a bad option is one clear line, not a stack trace.
 *
 * @param databases      the databases to run on, in order
 * @param pgUrl          JDBC URL of the PostgreSQL database; the bench creates and drops its own schema in it
 * @param pgUser         PostgreSQL user
 * @param pgPassword     PostgreSQL password (empty for trust auth)
 * @param pack           the store pack the application serves
 * @param conversations  distinct contacts the messages are spread over, round-robin
 * @param rate           offered arrival rate, messages per second (open loop: not slowed by the server)
 * @param seconds        measured window per phase
 * @param warmupSeconds  load before the measured window (JIT, pools, first message of each contact)
 * @param drainSeconds   how long to wait after the load for the last replies before counting them lost
 */
public record BenchConfig(List<Database> databases, String pgUrl, String pgUser, String pgPassword, Path pack,
                          int conversations, int rate, int seconds, int warmupSeconds, int drainSeconds) {

    /** Where the application stores its data during a run. */
    public enum Database {
        H2, POSTGRES;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    public BenchConfig {
        databases = List.copyOf(databases);
        require(conversations >= 1 && conversations <= 100_000, "--conversations must be between 1 and 100000, got " + conversations);
        require(rate >= 1 && rate <= 20_000, "--rate must be between 1 and 20000 messages/s, got " + rate);
        require(seconds >= 1 && seconds <= 3600, "--seconds must be between 1 and 3600, got " + seconds);
        require(warmupSeconds >= 0 && warmupSeconds <= 600, "--warmup-seconds must be between 0 and 600, got " + warmupSeconds);
        require(drainSeconds >= 1 && drainSeconds <= 600, "drain must be between 1 and 600 seconds, got " + drainSeconds);
        require(!databases.isEmpty(), "--db must name a database");
        require(pgUrl != null && pgUrl.startsWith("jdbc:postgresql:"), "--pg-url must be a jdbc:postgresql: URL, got " + pgUrl);
    }

    /** {@code --db h2|postgres|both}. */
    public static List<Database> parseDatabases(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "h2" -> List.of(Database.H2);
            case "postgres", "postgresql", "pg" -> List.of(Database.POSTGRES);
            case "both" -> List.of(Database.H2, Database.POSTGRES);
            default -> throw new IllegalArgumentException("--db must be h2, postgres or both, got '" + value + "'");
        };
    }

    /** A whole number option, with the option's name in the error. */
    public static int parseInt(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }

    public int warmupMessages() {
        return warmupSeconds * rate;
    }

    public int totalMessages() {
        return (warmupSeconds + seconds) * rate;
    }

    public Duration measured() {
        return Duration.ofSeconds(seconds);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
