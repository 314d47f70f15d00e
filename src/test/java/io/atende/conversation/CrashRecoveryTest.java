package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.testsupport.AtendeProcess;
import io.atende.testsupport.TestDatabases;
import io.atende.testsupport.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Guarantee 4: kill -9 a real server while turns are in flight, restart it, and every accepted
 * message is answered exactly once.
 */
class CrashRecoveryTest {

    private static final int FIRST_WAVE = 10;
    private static final int SECOND_WAVE = 25;

    @Test
    void shouldAnswerEveryAcceptedMessageExactlyOnceAfterKillOnH2() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-crash-h2-");
        // the server runs H2 with AUTO_SERVER, so this test can read the same database while it runs
        TestDatabase db = new TestDatabase("h2", "jdbc:h2:file:" + dataDir.resolve("db/atende")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE", "sa", "");
        crashAndRecover(dataDir, Map.of(), db);
    }

    @Test
    void shouldAnswerEveryAcceptedMessageExactlyOnceAfterKillOnPostgres() throws Exception {
        TestDatabase db = TestDatabases.postgres();
        db.migrated(2).close();
        try {
            crashAndRecover(Files.createTempDirectory("atende-crash-pg-"), Map.of("ATENDE_DB_URL", db.url(),
                    "ATENDE_DB_USER", db.user(), "ATENDE_CONVERSATION_LEASEMS", "3000"), db);
        } finally {
            db.drop();
        }
    }

    private void crashAndRecover(Path dataDir, Map<String, String> env, TestDatabase db) throws Exception {
        Path log = dataDir.resolve("server.log");
        Map<String, String> slow = new HashMap<>(env);
        slow.put("ATENDE_CONVERSATION_FAULTDELAYMS", "800");
        try (AtendeProcess server = AtendeProcess.start(dataDir, slow, log);
             var pool = db.newPool(1)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            for (int i = 0; i < FIRST_WAVE; i++) {
                assertThat(server.postMessage("a" + i, "a-" + i, "oi").statusCode()).isEqualTo(202);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> count(jdbc, "turns") >= 1);
            for (int i = 0; i < SECOND_WAVE; i++) {
                assertThat(server.postMessage("b" + i, "b-" + i, "oi").statusCode()).isEqualTo(202);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "SELECT count(*) FROM turn_queue WHERE lease_token IS NOT NULL").query(Long.class).single() > 0);
            server.kill();
            assertThat(unanswered(jdbc)).as("some turns were cut off by the kill").isPositive();
        }
        try (AtendeProcess restarted = AtendeProcess.start(dataDir, env, log);
             var pool = db.newPool(1)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            await().atMost(Duration.ofSeconds(60)).until(() -> unanswered(jdbc) == 0);
            int total = FIRST_WAVE + SECOND_WAVE;
            assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'inbound'").query(Long.class).single())
                    .isEqualTo(total);
            // exactly once: one turn per conversation here, one reply per turn, nothing extra
            assertThat(count(jdbc, "turns")).isEqualTo(total);
            assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'outbound'").query(Long.class).single())
                    .isEqualTo(total);
            assertThat(jdbc.sql("SELECT count(*) FROM (SELECT turn_id FROM messages WHERE direction = 'outbound'"
                    + " GROUP BY turn_id HAVING count(*) > 1) d").query(Long.class).single()).isZero();
            restarted.close();
        }
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private static long unanswered(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'inbound' AND turn_id IS NULL")
                .query(Long.class).single();
    }
}
