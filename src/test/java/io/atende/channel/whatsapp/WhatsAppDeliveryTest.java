package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.DeliveryStatus;
import io.atende.conversation.InboundMessage;
import io.atende.engine.media.MediaFetcher;
import io.atende.testsupport.AtendeTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole application delivering WhatsApp replies through the outbox to a local fake Graph API over real HTTP:
 * each reply sent once with its wamid recorded, rate limits retried with back-off, permanent errors recorded, and a
 * message left pending by a crash sent when a worker finds it again.
 */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.whatsapp.access-token=" + WhatsAppOutboundChannelTest.TOKEN,
        "atende.whatsapp.phone-number-id=1234567890",
        "atende.delivery.poll-ms=100",
        "atende.delivery.first-backoff-ms=200",
        "atende.delivery.max-attempts=3"})
class WhatsAppDeliveryTest {

    static final FakeGraphApi GRAPH = start();

    @Autowired
    ConversationApi conversations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<MediaFetcher> fetchers;

    static FakeGraphApi start() {
        try {
            return new FakeGraphApi(WhatsAppOutboundChannelTest.TOKEN);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("atende.whatsapp.api-base-url", GRAPH::baseUrl);
    }

    @AfterAll
    static void stop() {
        GRAPH.close();
    }

    @BeforeEach
    void reset() {
        GRAPH.reset();
    }

    private String contact() {
        return "55319" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())).substring(0, 8);
    }

    private Map<String, Object> replyRow(String contact) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT m.delivery_status, m.external_id, m.delivery_error, m.delivery_attempts FROM messages m
                JOIN conversations v ON v.id = m.conversation_id JOIN contacts c ON c.id = v.contact_id
                WHERE c.external_id = ? AND m.direction = 'outbound'""").param(contact).query().listOfRows(),
                rows -> rows.size() == 1 && !"pending".equals(rows.getFirst().get("delivery_status"))).getFirst();
    }

    private List<JsonNode> sentTo(String contact) {
        return GRAPH.sent().stream().filter(b -> contact.equals(b.path("to").asString())).toList();
    }

    @Test
    void shouldSendAReplyOnceWithTheRightShapeAndRecordItsWamid() {
        String contact = contact();
        conversations.accept(new InboundMessage(Channel.WHATSAPP, contact, "wamid.IN-" + contact, "oi", List.of(), null));

        Map<String, Object> row = replyRow(contact);
        assertThat(row.get("delivery_status")).isEqualTo("sent");
        List<JsonNode> sent = sentTo(contact);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().path("type").asString()).isEqualTo("text");
        assertThat(sent.getFirst().path("text").path("body").asString())
                .isEqualTo("Olá! Sou a assistente da Loja Teste. Como posso ajudar?");
        assertThat((String) row.get("external_id")).startsWith("wamid.FAKE");
        // its bubble is recorded, so Meta's status reports of it reach the message
        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql("SELECT count(*) FROM outbound_bubbles"
                + " WHERE external_id = ? AND message_id IS NOT NULL").param(row.get("external_id")).query(Long.class).single() == 1);
        assertThat(conversations.recordDelivery(Channel.WHATSAPP, (String) row.get("external_id"), DeliveryStatus.READ,
                null)).isEqualTo(ConversationApi.DeliveryUpdate.RECORDED);
        assertThat(replyRow(contact).get("delivery_status")).isEqualTo("read");
        // the customer's message was marked read with a typing indicator while the reply was prepared, before it
        List<JsonNode> bodies = GRAPH.requests.stream().map(FakeGraphApi.Request::body)
                .filter(b -> b != null && (contact.equals(b.path("to").asString())
                        || ("wamid.IN-" + contact).equals(b.path("message_id").asString()))).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.getFirst().path("status").asString()).isEqualTo("read");
        assertThat(bodies.getFirst().path("typing_indicator").path("type").asString()).isEqualTo("text");
        assertThat(bodies.getLast().path("type").asString()).isEqualTo("text");
    }

    @Test
    void shouldSendTheProductsFoundAsAListAndTheOneProductFoundWithItsPicture() {
        String contact = contact();
        conversations.accept(new InboundMessage(Channel.WHATSAPP, contact, "wamid.IN-" + contact, "tem tênis?", List.of(),
                null));
        assertThat(replyRow(contact).get("delivery_status")).isEqualTo("sent");
        JsonNode list = sentTo(contact).getFirst();
        assertThat(sentTo(contact)).hasSize(1);
        assertThat(list.path("interactive").path("type").asString()).isEqualTo("list");
        assertThat(list.path("interactive").path("body").path("text").asString()).startsWith("Encontrei estas opções:");
        assertThat(list.path("interactive").path("action").path("sections").path(0).path("rows").findValuesAsString("id"))
                .containsExactlyInAnyOrder("Tênis Nike Revolution 7 Masculino Preto",
                        "Tênis Adidas Runfalcon 3.0 Feminino Branco");

        String other = contact();
        conversations.accept(new InboundMessage(Channel.WHATSAPP, other, "wamid.IN-" + other, "tem air fryer?", List.of(),
                null));
        assertThat(replyRow(other).get("delivery_status")).isEqualTo("sent");
        JsonNode image = sentTo(other).getFirst();
        assertThat(image.path("type").asString()).isEqualTo("image");
        assertThat(image.path("image").path("link").asString()).isEqualTo("https://loja.test/i/air-1.jpg");
        assertThat(sentTo(other).getLast().path("text").path("body").asString()).contains("Air Fryer Mondial 4L 127V");
    }

    @Test
    void shouldRetryARateLimitWithBackoffAndSendOnce() {
        String contact = contact();
        GRAPH.fail(b -> contact.equals(b.path("to").asString()), 1, 400, 130429);
        GRAPH.fail(b -> contact.equals(b.path("to").asString()), 1, 429, 80007);
        conversations.accept(new InboundMessage(Channel.WHATSAPP, contact, "wamid.IN-" + contact, "oi", List.of(), null));

        Map<String, Object> row = replyRow(contact);
        assertThat(row.get("delivery_status")).isEqualTo("sent");
        assertThat(((Number) row.get("delivery_attempts")).intValue()).isEqualTo(3);
        assertThat(GRAPH.requests.stream().filter(r -> r.body() != null && contact.equals(r.body().path("to").asString())))
                .hasSize(3);
        assertThat(sentTo(contact)).hasSize(3); // two refused, one accepted: the customer got it once
    }

    @Test
    void shouldMarkAMessageFailedWithTheCodeOfAPermanentError() {
        String contact = contact();
        GRAPH.fail(b -> contact.equals(b.path("to").asString()), 5, 400, 131026);
        conversations.accept(new InboundMessage(Channel.WHATSAPP, contact, "wamid.IN-" + contact, "oi", List.of(), null));

        Map<String, Object> row = replyRow(contact);
        assertThat(row.get("delivery_status")).isEqualTo("failed");
        assertThat(row.get("delivery_error")).isEqualTo("131026");
        assertThat(sentTo(contact)).hasSize(1);
    }

    @Test
    void shouldSendAMessageLeftPendingByACrashedInstanceOnceItsLeaseEnded() {
        String contact = contact();
        GRAPH.fail(b -> contact.equals(b.path("to").asString()), 1, 400, 131026);
        conversations.accept(new InboundMessage(Channel.WHATSAPP, contact, "wamid.IN-" + contact, "oi", List.of(), null));
        assertThat(replyRow(contact).get("delivery_status")).isEqualTo("failed");
        // what a crash after the claim leaves: a pending message leased by an instance that is gone
        jdbc.sql("""
                UPDATE messages SET delivery_status = 'pending', delivery_error = NULL, delivery_attempts = 1,
                       delivery_due_at = CURRENT_TIMESTAMP + INTERVAL '1' HOUR
                WHERE direction = 'outbound' AND conversation_id IN (SELECT v.id FROM conversations v
                JOIN contacts c ON c.id = v.contact_id WHERE c.external_id = ?)""").param(contact).update();
        GRAPH.reset();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> sentTo(contact).isEmpty());
        jdbc.sql("""
                UPDATE messages SET delivery_due_at = CURRENT_TIMESTAMP - INTERVAL '1' SECOND
                WHERE direction = 'outbound' AND conversation_id IN (SELECT v.id FROM conversations v
                JOIN contacts c ON c.id = v.contact_id WHERE c.external_id = ?)""").param(contact).update();

        assertThat(replyRow(contact).get("delivery_status")).isEqualTo("sent");
        assertThat(sentTo(contact)).hasSize(1);
    }

    @Test
    void shouldOfferTheWhatsAppMediaFetcherToTheEngine() {
        assertThat(fetchers).anyMatch(f -> f instanceof WhatsAppMediaFetcher);
    }
}
