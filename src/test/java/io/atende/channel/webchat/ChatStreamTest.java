package io.atende.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.atende.testsupport.AtendeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.admin-password=chat-stream-test",
        "atende.security.api-token=chat-stream-test-token",
        "atende.security.chat-messages-per-minute=6000"})
class ChatStreamTest {

    static final String REPLY = "Olá! Sou a assistente da Loja Teste. Como posso ajudar?";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    record Event(String name, String id, String data) {
    }

    @Test
    void shouldStreamReplyThenReplayOnlyWhatCameAfterLastEventId() throws Exception {
        String session = UUID.randomUUID().toString();
        String receipt = post(session, "oi");
        String conversation = JsonPath.read(receipt, "$.conversation_id");
        long inboundId = ((Number) JsonPath.read(receipt, "$.message_id")).longValue();

        List<Event> first = read(stream(session, conversation, null), 2);
        assertThat(first).extracting(Event::name).containsExactly("message", "message");
        assertThat(first.get(0).id()).isEqualTo(Long.toString(inboundId));
        assertThat((String) JsonPath.read(first.get(1).data(), "$.text")).isEqualTo(REPLY);
        assertThat((String) JsonPath.read(first.get(1).data(), "$.direction")).isEqualTo("outbound");
        assertThat((String) JsonPath.read(first.get(1).data(), "$.created_at")).isNotBlank();

        // a reconnect that had seen the inbound message gets the reply, and not the inbound again
        List<Event> replay = read(stream(session, conversation, Long.toString(inboundId)), 1);
        assertThat(replay.get(0).id()).isEqualTo(first.get(1).id());
    }

    @Test
    void shouldStreamTheProductsToTapAndThePictureOfAReply() throws Exception {
        String session = UUID.randomUUID().toString();
        String conversation = JsonPath.read(post(session, "tem tênis?"), "$.conversation_id");

        String list = read(stream(session, conversation, null), 2).get(1).data();
        assertThat(JsonPath.<List<String>>read(list, "$.choices[*].title")).containsExactly(
                "Tênis Nike Revolution 7 Masculino Preto", "Tênis Adidas Runfalcon 3.0 Feminino Branco");
        assertThat(JsonPath.<List<String>>read(list, "$.choices[*].detail")).containsExactly("R$ 279,90", "R$ 329,90");
        assertThat(JsonPath.<Object>read(list, "$.image")).isNull();

        String picture = read(stream(session, JsonPath.read(post(session, "air fryer"), "$.conversation_id"), null), 4)
                .get(3).data();
        assertThat(JsonPath.<String>read(picture, "$.image")).isEqualTo("https://loja.test/i/air-1.jpg");
        assertThat(JsonPath.<List<Object>>read(picture, "$.choices")).isEmpty();
    }

    @Test
    void shouldRefuseStreamOfAnotherSessionsConversation() throws Exception {
        String receipt = post(UUID.randomUUID().toString(), "meu pedido");
        String conversation = JsonPath.read(receipt, "$.conversation_id");

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/chat/api/stream?session="
                        + UUID.randomUUID() + "&conversation=" + conversation)).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"field\":\"conversation\"");
    }

    private String post(String session, String text) throws Exception {
        String body = "{\"session\":\"" + session + "\",\"id\":\"" + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/chat/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        return response.body();
    }

    private HttpResponse<Stream<String>> stream(String session, String conversation, String lastEventId) throws Exception {
        var request = HttpRequest.newBuilder(uri("/chat/api/stream?session=" + session + "&conversation=" + conversation))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    /** Reads the first {@code count} message events (comments and typing skipped), giving up after a deadline. */
    private static List<Event> read(HttpResponse<Stream<String>> response, int count) throws Exception {
        try (Stream<String> lines = response.body()) {
            return CompletableFuture.supplyAsync(() -> {
                List<Event> events = new ArrayList<>();
                String name = null, id = null;
                StringBuilder data = new StringBuilder();
                Iterator<String> it = lines.iterator();
                while (events.size() < count && it.hasNext()) {
                    String line = it.next();
                    if (line.isEmpty()) {
                        if (name != null && !"typing".equals(name)) {
                            events.add(new Event(name, id, data.toString()));
                        }
                        name = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    }
                }
                return events;
            }).get(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ChatStreams streams;

    @Test
    void shouldKeepAtMostFourStreamsPerConversation() {
        io.atende.shared.ConversationId conversation = io.atende.shared.ConversationId.random();
        int before = streams.openCount();
        for (int i = 0; i < 7; i++) {
            streams.open(conversation, 0);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> streams.openCount() - before == ChatStreams.MAX_PER_CONVERSATION);
    }
}
