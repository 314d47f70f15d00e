package io.atende.channel.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.testsupport.AtendeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API over real HTTP: answers, errors that name the field, and nothing stored on bad input. */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.api-token=secret-token-for-tests",
        "atende.security.admin-password=admin-for-tests"})
class ApiMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer secret-token-for-tests").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private long inboundMessages() {
        return jdbc.sql("SELECT count(*) FROM messages WHERE direction = 'inbound'").query(Long.class).single();
    }

    @Test
    void shouldAnswerWithTheTurnsRepliesWhenAskedToWait() throws Exception {
        HttpResponse<String> response = post("/api/v1/messages?wait=10000",
                "{\"contact\":\"5531999990001\",\"text\":\"oi\"}", "secret-token-for-tests");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asString()).isEqualTo("answered");
        assertThat(body.get("replies").get(0).get("text").asString()).isEqualTo("Olá! Sou a assistente da Loja Teste. Como posso ajudar?");

        JsonNode conversation = JSON.readTree(get("/api/v1/conversations/" + body.get("conversation_id").asString()).body());
        assertThat(conversation.get("messages")).hasSize(2);
        assertThat(conversation.get("messages").get(0).get("direction").asString()).isEqualTo("inbound");
        assertThat(conversation.get("messages").get(0).get("text").asString()).isEqualTo("oi");
        assertThat(conversation.get("messages").get(1).get("direction").asString()).isEqualTo("outbound");
        assertThat(conversation.get("messages").get(1).has("created_at")).isTrue();
        assertThat(conversation.get("handoff").get("state").asString()).isEqualTo("none");
        assertThat(conversation.has("insights")).isTrue();
    }

    @Test
    void shouldListTheAnswersToTapAndThePictureOfAReply() throws Exception {
        JsonNode list = JSON.readTree(post("/api/v1/messages?wait=10000",
                "{\"contact\":\"choices-1\",\"text\":\"tem tênis?\"}", "secret-token-for-tests").body());
        JsonNode choices = list.get("replies").get(0).get("choices");
        assertThat(choices.findValuesAsString("title")).containsExactlyInAnyOrder(
                "Tênis Nike Revolution 7 Masculino Preto", "Tênis Adidas Runfalcon 3.0 Feminino Branco");
        assertThat(choices.findValuesAsString("detail")).containsExactlyInAnyOrder("R$ 279,90", "R$ 329,90");
        assertThat(list.get("replies").get(0).get("image").isNull()).isTrue();

        JsonNode one = JSON.readTree(post("/api/v1/messages?wait=10000",
                "{\"contact\":\"choices-2\",\"text\":\"tem air fryer?\"}", "secret-token-for-tests").body());
        assertThat(one.get("replies").get(0).get("image").asString()).isEqualTo("https://loja.test/i/air-1.jpg");
        assertThat(one.get("replies").get(0).get("choices")).isEmpty();
        // the conversation keeps them with its messages
        JsonNode conversation = JSON.readTree(get("/api/v1/conversations/" + list.get("conversation_id").asString()).body());
        assertThat(conversation.get("messages").get(1).get("choices")).hasSize(2);
        assertThat(conversation.get("messages").get(0).get("choices")).isEmpty();
    }

    @Test
    void shouldShowThatTheContactOptedOutWithTheTime() throws Exception {
        JsonNode first = JSON.readTree(post("/api/v1/messages?wait=10000",
                "{\"contact\":\"optout-1\",\"text\":\"oi\"}", "secret-token-for-tests").body());
        String path = "/api/v1/conversations/" + first.get("conversation_id").asString();
        assertThat(JSON.readTree(get(path).body()).get("opted_out").asBoolean()).isFalse();
        JsonNode stop = JSON.readTree(post("/api/v1/messages?wait=10000",
                "{\"contact\":\"optout-1\",\"text\":\"PARAR\"}", "secret-token-for-tests").body());
        assertThat(stop.get("replies").get(0).get("text").asString()).contains("não vai mais receber mensagens");
        JsonNode conversation = JSON.readTree(get(path).body());
        assertThat(conversation.get("opted_out").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(conversation.get("opted_out_at").asString()))
                .isBefore(java.time.Instant.now().plusSeconds(1));
    }

    @Test
    void shouldAcceptWithoutWaitingAndRecogniseARepeatedDelivery() throws Exception {
        String body = "{\"contact\":\"rep\",\"text\":\"obrigado\",\"id\":\"ext-" + UUID.randomUUID() + "\"}";
        HttpResponse<String> first = post("/api/v1/messages", body, "secret-token-for-tests");
        HttpResponse<String> second = post("/api/v1/messages?wait=5000", body, "secret-token-for-tests");
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(first.body()).get("duplicate").asBoolean()).isFalse();
        JsonNode again = JSON.readTree(second.body());
        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("message_id").asLong()).isEqualTo(JSON.readTree(first.body()).get("message_id").asLong());
        assertThat(again.get("replies")).hasSize(1);
    }

    @Test
    void shouldRefuseRequestsWithoutTheToken() throws Exception {
        long before = inboundMessages();
        assertThat(post("/api/v1/messages", "{\"contact\":\"x\",\"text\":\"oi\"}", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/api/v1/messages", "{\"contact\":\"x\",\"text\":\"oi\"}", "guess");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).get("error").asString()).isEqualTo("unauthorized");
        assertThat(inboundMessages()).isEqualTo(before);
    }

    @Test
    void shouldNameTheFieldOfBadInputAndStoreNothing() throws Exception {
        long before = inboundMessages();
        assertError(post("/api/v1/messages", "{\"contact\":\"x\"", "secret-token-for-tests"), 400, "body");
        assertError(post("/api/v1/messages", "{\"contact\":\"x\"}", "secret-token-for-tests"), 400, "text");
        assertError(post("/api/v1/messages", "{\"text\":\"oi\"}", "secret-token-for-tests"), 400, "contact");
        assertError(post("/api/v1/messages", "{\"contact\":\"x\",\"text\":\"  \"}", "secret-token-for-tests"), 400, "text");
        assertError(post("/api/v1/messages", "{\"contact\":\"x\",\"text\":\"" + "a".repeat(5000) + "\"}",
                "secret-token-for-tests"), 400, "text");
        assertError(post("/api/v1/messages?wait=-1", "{\"contact\":\"x\",\"text\":\"oi\"}", "secret-token-for-tests"), 400, "wait");
        assertError(post("/api/v1/messages?wait=abc", "{\"contact\":\"x\",\"text\":\"oi\"}", "secret-token-for-tests"), 400, "wait");
        assertError(get("/api/v1/conversations/not-a-uuid"), 400, "id");
        assertThat(get("/api/v1/conversations/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        HttpResponse<String> huge = post("/api/v1/messages", "{\"contact\":\"x\",\"text\":\"" + "a".repeat(70_000) + "\"}",
                "secret-token-for-tests");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("payload_too_large").doesNotContain("Exception");
        byte[] chunked = ("{\"contact\":\"x\",\"text\":\"" + "a".repeat(70_000) + "\"}").getBytes();
        HttpResponse<String> noLength = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/messages")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer secret-token-for-tests")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(chunked))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noLength.statusCode()).as("a chunked body without a length is cut at the limit").isEqualTo(413);
        assertThat(inboundMessages()).isEqualTo(before);
    }

    @Test
    void shouldAcceptAVoiceNoteWithoutTextAndNameTheFieldOfABadAttachment() throws Exception {
        long before = inboundMessages();
        String token = "secret-token-for-tests";
        assertError(post("/api/v1/messages", "{\"contact\":\"x\",\"attachments\":[{\"kind\":\"sticker\","
                + "\"url\":\"https://cdn.example/a.webp\"}]}", token), 400, "attachments[0].kind");
        assertError(post("/api/v1/messages", "{\"contact\":\"x\",\"attachments\":[{\"kind\":\"audio\","
                + "\"url\":\"file:///etc/passwd\"}]}", token), 400, "attachments[0].url");
        assertError(post("/api/v1/messages", "{\"contact\":\"x\",\"attachments\":[null]}", token), 400,
                "attachments[0]");
        assertThat(inboundMessages()).isEqualTo(before);

        HttpResponse<String> accepted = post("/api/v1/messages", "{\"contact\":\"5531999990009\",\"attachments\":"
                + "[{\"kind\":\"audio\",\"url\":\"data:audio/ogg;base64,T2dnUw==\"}]}", token);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode conversation = JSON.readTree(get("/api/v1/conversations/"
                + JSON.readTree(accepted.body()).get("conversation_id").asString()).body());
        JsonNode attachment = conversation.get("messages").get(0).get("attachments").get(0);
        assertThat(attachment.get("kind").asString()).isEqualTo("audio");
        assertThat(attachment.get("mime_type").asString()).isEqualTo("audio/ogg");
    }

    private static void assertError(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("field").asString()).isEqualTo(field);
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.atende");
    }

    @Test
    void shouldExposePipelineMetricsToTheTokenOnlyAndHealthToAll() throws Exception {
        post("/api/v1/messages?wait=5000", "{\"contact\":\"metrics\",\"text\":\"oi\"}", "secret-token-for-tests");
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("atende_turns_total{", "outcome=\"answered\"", "atende_queue_depth",
                "atende_turn_reply_latency_seconds", "atende_aggregation_messages_per_turn", "atende_messages_accepted_total");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void shouldKeepCustomerTextOutOfADatabaseDump() throws Exception {
        String secret = "meu cpf é 529.982.247-25 e moro na Rua Secreta 42";
        assertThat(post("/api/v1/messages?wait=5000", "{\"contact\":\"dump\",\"text\":\"" + secret + "\"}",
                "secret-token-for-tests").statusCode()).isEqualTo(200);
        String dump = String.join("\n", jdbc.sql("SCRIPT").query(String.class).list());
        assertThat(dump).contains("INSERT INTO").doesNotContain("529.982.247-25").doesNotContain("Rua Secreta")
                .doesNotContain("secret-token-for-tests");
    }
}
