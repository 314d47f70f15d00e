package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import io.atende.conversation.ConversationApi;
import io.atende.shared.ConversationId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Meta's webhook over real HTTP: the handshake, signatures checked before anything is stored, malformed and
 * oversized bodies, repeated deliveries, statuses out of order and a burst of short messages answered once.
 */
class WhatsAppWebhookTest extends WebhookTestBase {

    @Autowired
    ConversationApi conversations;


    private static String text(String waId, String wamid, String body) {
        return WebhookClient.payload("text.json", Map.of("wa_id", waId, "id", wamid, "body", body));
    }

    private static String newWaId() {
        return "55119" + String.format("%08d", Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 100_000_000L));
    }

    private static String newWamid() {
        return "wamid.HBgN" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    }


    private long repliesTo(String waId) {
        return jdbc.sql("""
                SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id
                JOIN contacts k ON k.id = c.contact_id
                WHERE k.channel = 'whatsapp' AND k.external_id = ? AND m.direction = 'outbound'""")
                .param(waId).query(Long.class).single();
    }

    @Test
    void shouldAnswerTheVerificationHandshakeWithTheChallenge() {
        HttpResponse<String> response = meta.verify("subscribe", VERIFY_TOKEN, "1158201444");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1158201444");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    }

    @Test
    void shouldRefuseTheHandshakeWithAWrongTokenOrMode() {
        assertThat(meta.verify("subscribe", "not-the-token", "1158201444").statusCode()).isEqualTo(403);
        assertThat(meta.verify("unsubscribe", VERIFY_TOKEN, "1158201444").statusCode()).isEqualTo(403);
        assertThat(meta.verify("subscribe", VERIFY_TOKEN, "1158201444").body()).isEqualTo("1158201444");
    }

    @Test
    void shouldRejectUnsignedOrWronglySignedDeliveriesAndStoreNothing() {
        String wamid = newWamid();
        String body = text(newWaId(), wamid, "oi");
        String other = new WebhookClient(port, "another-apps-secret").sign(body);
        String ofAnotherBody = meta.sign(body.replace("oi", "ol"));
        for (String header : new String[] {null, "", other, ofAnotherBody, "sha256=zz", "sha1=" + other.substring(7)}) {
            HttpResponse<String> response = meta.post(body, header);
            assertThat(response.statusCode()).as("signature %s", header).isEqualTo(401);
            assertThat(response.body()).contains("\"error\":\"invalid_signature\"");
        }
        assertThat(stored(wamid)).isZero();
        // the same body signed right is taken
        assertThat(meta.post(body).statusCode()).isEqualTo(200);
        assertThat(stored(wamid)).isOne();
    }

    @Test
    void shouldCheckTheSignatureOnTheRawBytesAsMetaSentThem() {
        // Meta escapes non-ASCII and slashes; the signature covers exactly these bytes, not a re-serialised body
        String wamid = newWamid();
        String body = text(newWaId(), wamid, "n\\u00e3o chegou, t\\u00e1? 1\\/2").replace("\n", "\r\n  ");
        assertThat(meta.post(body).statusCode()).isEqualTo(200);
        UUID conversation = jdbc.sql("SELECT conversation_id FROM messages WHERE external_id = ?").param(wamid)
                .query(UUID.class).single();
        assertThat(conversations.find(new ConversationId(conversation)).orElseThrow().messages().getFirst().text())
                .isEqualTo("não chegou, tá? 1/2");
    }

    @Test
    void shouldRejectMalformedJsonWith400AndStoreNothing() {
        // inbound only: replies to the other tests' messages may still be written meanwhile
        long before = jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'inbound'").query(Long.class).single();
        for (String body : new String[] {"{\"object\":\"whatsapp_business_account\",\"entry\":[", "[]",
                "{\"entry\":\"not an array\"}", "{\"entry\":[{\"changes\":7}]}"}) {
            HttpResponse<String> response = meta.post(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).contains("\"error\":\"invalid_json\"");
        }
        assertThat(journal.awaitHandled(Duration.ofSeconds(10))).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'inbound'").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void shouldRejectAnOversizedBodyWith413AndStoreNothing() throws Exception {
        String wamid = newWamid();
        String body = text(newWaId(), wamid, "a".repeat(70_000));
        assertThat(meta.post(body).statusCode()).isEqualTo(413);
        // without a declared length (chunked), cut off while it is read
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/webhooks/whatsapp"))
                .header("Content-Type", "application/json").header(WhatsAppSignature.HEADER, meta.sign(body))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes())))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(stored(wamid)).isZero();
    }

    @Test
    void shouldStoreARepeatedDeliveryOnceAndReplyOnce() {
        String waId = newWaId();
        String wamid = newWamid();
        String body = text(waId, wamid, "oi");
        assertThat(meta.post(body).body()).contains("\"received\":1");
        assertThat(meta.post(body).body()).contains("\"received\":1");
        assertThat(stored(wamid)).isOne();
        await().atMost(Duration.ofSeconds(15)).until(() -> repliesTo(waId) >= 1);
        assertThat(meta.post(body).statusCode()).isEqualTo(200);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> repliesTo(waId) == 1);
    }

    @Test
    void shouldAnswerAFourMessageBurstOnce() {
        String waId = newWaId();
        for (String part : new String[] {"oi", "queria saber", "do meu pedido", "123456"}) {
            assertThat(meta.post(text(waId, newWamid(), part)).statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> repliesTo(waId) >= 1);
        await().during(Duration.ofMillis(2000)).atMost(Duration.ofSeconds(6)).until(() -> repliesTo(waId) == 1);
        // the one turn answered all four
        assertThat(jdbc.sql("""
                SELECT count(DISTINCT m.turn_id) FROM messages m JOIN conversations c ON c.id = m.conversation_id
                JOIN contacts k ON k.id = c.contact_id
                WHERE k.external_id = ? AND m.direction = 'inbound' AND m.turn_id IS NOT NULL""")
                .param(waId).query(Long.class).single()).isOne();
    }

    @Test
    void shouldTimeTheJournalsSyncsForTheMetrics() throws Exception {
        String before = metrics();
        assertThat(meta.post(text(newWaId(), newWamid(), "oi")).statusCode()).isEqualTo(200);
        String after = metrics();
        // the acknowledgement waited for a sync: one more is counted, in seconds, with its slow-sync buckets
        assertThat(syncs(after)).isGreaterThan(syncs(before));
        assertThat(after.lines().filter(l -> l.startsWith("atende_journal_sync_seconds_bucket{"))
                .filter(l -> l.contains("journal=\"whatsapp\"")).map(l -> l.replaceAll(".*le=\"([^\"]+)\".*", "$1")))
                .containsExactly("0.01", "0.05", "0.1", "0.25", "+Inf");
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .header("Authorization", "Bearer secret-token-for-tests").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double syncs(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("atende_journal_sync_seconds_count{"))
                .filter(l -> l.contains("journal=\"whatsapp\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }
}
