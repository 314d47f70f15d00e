package io.atende.channel.whatsapp;

import io.atende.conversation.DeliveryJournal;
import io.atende.testsupport.AtendeTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application with the WhatsApp channel configured (one shared context) and Meta's side of the webhook; a
 * short burst window so tests that wait for replies stay quick.
 */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.api-token=secret-token-for-tests",
        "atende.security.admin-password=admin-for-tests",
        "atende.whatsapp.verify-token=" + WebhookTestBase.VERIFY_TOKEN,
        "atende.whatsapp.app-secret=" + WebhookTestBase.APP_SECRET,
        "atende.conversation.aggregation-window-ms=800"})
abstract class WebhookTestBase {

    static final String VERIFY_TOKEN = "token-typed-in-metas-console";
    static final String APP_SECRET = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryJournal journal;

    WebhookClient meta;

    @BeforeEach
    void connect() {
        meta = WebhookClient.awaitingJournal(port, APP_SECRET, journal);
    }

    /** How many messages of WhatsApp carry this wamid. */
    long stored(String wamid) {
        return jdbc.sql("SELECT count(*) FROM messages WHERE channel = 'whatsapp' AND external_id = ?")
                .param(wamid).query(Long.class).single();
    }
}
