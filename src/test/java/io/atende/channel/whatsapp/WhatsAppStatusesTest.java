package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Meta's delivery statuses over real HTTP land on our outbound message, whatever order they arrive in. */
class WhatsAppStatusesTest extends WebhookTestBase {

    /** A reply of the agent to a new customer, with the wamid the outbound sender got from Meta for it. */
    private String sentReply(String waId) {
        String wamid = "wamid.OUT" + UUID.randomUUID().toString().replace("-", "");
        meta.post(WebhookClient.payload("text.json", Map.of("wa_id", waId, "id", "wamid.IN" + UUID.randomUUID(),
                "body", "oi")));
        String select = """
                SELECT max(m.id) FROM messages m JOIN conversations c ON c.id = m.conversation_id
                JOIN contacts k ON k.id = c.contact_id WHERE k.external_id = ? AND m.direction = 'outbound'""";
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(select).param(waId).query(Long.class).optional()
                .isPresent());
        long id = jdbc.sql(select).param(waId).query(Long.class).single();
        // what the delivery worker records once Meta took the reply: sent, with Meta's wamid for its one bubble
        jdbc.sql("UPDATE messages SET external_id = ?, delivery_status = 'sent' WHERE id = ?").params(wamid, id).update();
        jdbc.sql("INSERT INTO outbound_bubbles (channel, external_id, message_id, status, updated_at)"
                + " VALUES ('whatsapp', ?, ?, 'sent', CURRENT_TIMESTAMP)").params(wamid, id).update();
        return wamid;
    }

    /** Meta's reports of one message, one delivery each, in the order given. */
    private void report(String wamid, String waId, String... statuses) {
        for (String status : statuses) {
            report(wamid, waId, status);
        }
    }

    private void report(String wamid, String waId, String status) {
        String file = status.equals("failed") ? "status-failed.json" : "status.json";
        var response = meta.post(WebhookClient.payload(file, Map.of("id", wamid, "wa_id", waId, "status", status)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"statuses\":1");
    }

    private String state(String wamid) {
        return jdbc.sql("SELECT delivery_status || coalesce(' ' || delivery_error, '') FROM messages WHERE external_id = ?")
                .param(wamid).query(String.class).single();
    }

    @Test
    void shouldKeepReadWhenDeliveredAndSentArriveAfterIt() {
        String waId = "5511970000001";
        String wamid = sentReply(waId);
        report(wamid, waId, "read", "delivered", "sent");
        assertThat(state(wamid)).isEqualTo("read");
    }

    @Test
    void shouldMoveThroughEachStatusInOrder() {
        String waId = "5511970000002";
        String wamid = sentReply(waId);
        report(wamid, waId, "sent");
        assertThat(state(wamid)).isEqualTo("sent");
        report(wamid, waId, "delivered");
        assertThat(state(wamid)).isEqualTo("delivered");
        report(wamid, waId, "read");
        assertThat(state(wamid)).isEqualTo("read");
    }

    @Test
    void shouldRecordAFailureWithMetasCodeAndNotLetALateSentUndoIt() {
        String waId = "5511970000003";
        String wamid = sentReply(waId);
        report(wamid, waId, "sent", "failed", "sent");
        assertThat(state(wamid)).isEqualTo("failed 131047 Re-engagement message");
    }

    @Test
    void shouldKeepAStatusOfABubbleNotRecordedYetWithoutTouchingAnyMessage() {
        String wamid = "wamid.NOTYET" + UUID.randomUUID();
        report(wamid, "5511970000004", "delivered");
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE external_id = ?").param(wamid)
                .query(Long.class).single()).isZero();
        // kept for when the delivery worker records this bubble (a report can overtake the send's own record)
        assertThat(jdbc.sql("SELECT status || ' ' || coalesce(cast(message_id AS varchar), 'none') FROM outbound_bubbles"
                + " WHERE external_id = ?").param(wamid).query(String.class).single()).isEqualTo("delivered none");
    }
}
