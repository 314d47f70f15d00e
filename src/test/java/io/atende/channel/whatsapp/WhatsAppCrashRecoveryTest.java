package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.testsupport.AtendeProcess;
import io.atende.testsupport.TestDatabases.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing acknowledged is lost: kill -9 a real server while acknowledged WhatsApp deliveries still wait in its
 * journal, restart it, and every message is stored and answered exactly once.
 */
class WhatsAppCrashRecoveryTest {

    private static final String SECRET = "crash-test-app-secret";
    private static final int DELIVERIES = 8;

    @Test
    void shouldStoreAndAnswerEveryAcknowledgedDeliveryOnceAfterKill() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-crash-whatsapp-");
        Path log = dataDir.resolve("server.log");
        TestDatabase db = new TestDatabase("h2", "jdbc:h2:file:" + dataDir.resolve("db/atende")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE", "sa", "");
        Map<String, String> env = Map.of("ATENDE_WHATSAPP_APP_SECRET", SECRET);
        try (AtendeProcess server = AtendeProcess.start(dataDir, Map.of("ATENDE_WHATSAPP_APP_SECRET", SECRET,
                // each delivery waits 1 s in the journal before it is stored: the kill finds most still there
                "ATENDE_CONVERSATION_FAULTDELAYMS", "1000"), log);
             var pool = db.newPool(1)) {
            WebhookClient meta = new WebhookClient(server.port(), SECRET);
            for (int i = 0; i < DELIVERIES; i++) {
                String body = WebhookClient.payload("text.json", Map.of("wa_id", "55119880000" + (10 + i),
                        "id", "wamid.crash" + i, "body", "oi, meu pedido " + i + " chegou?"));
                assertThat(meta.post(body).statusCode()).isEqualTo(200);
            }
            JdbcClient jdbc = JdbcClient.create(pool);
            await().atMost(Duration.ofSeconds(30)).until(() -> inbound(jdbc) >= 1);
            server.kill();
            assertThat(inbound(jdbc)).as("acknowledged deliveries still only in the journal at the kill")
                    .isLessThan(DELIVERIES);
        }
        try (AtendeProcess restarted = AtendeProcess.start(dataDir, env, log);
             var pool = db.newPool(1)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            await().atMost(Duration.ofSeconds(60)).until(() -> inbound(jdbc) == DELIVERIES && jdbc.sql(
                    "SELECT count(*) FROM messages WHERE direction = 'inbound' AND turn_id IS NULL")
                    .query(Long.class).single() == 0);
            assertThat(jdbc.sql("SELECT count(DISTINCT external_id) FROM messages WHERE direction = 'inbound'")
                    .query(Long.class).single()).isEqualTo(DELIVERIES);
            // one reply per customer: each wrote once
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                    "SELECT count(DISTINCT turn_id) FROM messages WHERE direction = 'outbound'")
                    .query(Long.class).single() == DELIVERIES);
            assertThat(jdbc.sql("SELECT count(*) FROM turns").query(Long.class).single()).isEqualTo(DELIVERIES);
            restarted.close();
        }
    }

    private static long inbound(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'inbound'").query(Long.class).single();
    }
}
