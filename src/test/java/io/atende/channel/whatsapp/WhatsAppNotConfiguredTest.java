package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.testsupport.AtendeTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Without an app secret nothing can be verified, so the webhook takes nothing, signed or not. */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.api-token=secret-token-for-tests",
        "atende.security.admin-password=admin-for-tests",
        "atende.whatsapp.app-secret=",
        "atende.whatsapp.verify-token="})
class WhatsAppNotConfiguredTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldSayTheChannelIsNotConfiguredAndStoreNothing() {
        WebhookClient meta = new WebhookClient(port, "whatever-secret");
        var response = meta.post(WebhookClient.payload("text.json", Map.of("wa_id", "5511900000001",
                "id", "wamid.UNCONFIGURED", "body", "oi")));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"error\":\"whatsapp_not_configured\"", "ATENDE_WHATSAPP_APP_SECRET")
                .doesNotContain("whatever-secret");
        assertThat(meta.post("{}", null).statusCode()).isEqualTo(503);
        assertThat(meta.verify("subscribe", "", "123").statusCode()).isEqualTo(503);
        assertThat(jdbc.sql("SELECT count(*) FROM messages").query(Long.class).single()).isZero();
    }
}
