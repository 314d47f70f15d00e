package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator's deliveries are what Meta would send: signed, accepted, stored once each and answered. */
class WebhookSimulatorTest extends WebhookTestBase {

    @Test
    void shouldDeliverSignedMessagesThatAreStoredOnceAndAnswered() {
        WebhookSimulator.Config config = new WebhookSimulator.Config(
                URI.create("http://127.0.0.1:" + port + "/webhooks/whatsapp"), APP_SECRET, 4, 40, 12,
                List.of("oi, boa tarde", "vcs aceitam pix?", "qual o prazo de troca?"), "106540352242922");

        WebhookSimulator.Report report = new WebhookSimulator().run(config, line -> { });

        assertThat(report.acknowledged()).as(report.statuses().toString()).isEqualTo(12);
        // acknowledged from the journal: stored right after
        assertThat(journal.awaitHandled(Duration.ofSeconds(10))).isTrue();
        assertThat(report.wamids()).allSatisfy(wamid -> assertThat(stored(wamid)).isEqualTo(1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(DISTINCT c.id) FROM conversations c JOIN messages m ON m.conversation_id = c.id"
                        + " WHERE m.channel = 'whatsapp' AND m.direction = 'outbound' AND m.external_id IS NULL"
                        + " AND c.id IN (SELECT conversation_id FROM messages WHERE external_id LIKE 'wamid.SIM%')")
                .query(Long.class).single()).isEqualTo(4));
    }

    @Test
    void shouldRefuseToRunWithoutTheSecretToSignWith() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WebhookSimulator.Config(
                URI.create("http://127.0.0.1:1/webhooks/whatsapp"), "", 1, 1, 1, List.of("oi"), "1"))
                .hasMessageContaining("ATENDE_WHATSAPP_APP_SECRET");
    }
}
