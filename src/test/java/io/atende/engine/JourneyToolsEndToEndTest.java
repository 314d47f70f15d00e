package io.atende.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.testsupport.AtendeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A journey's {@code call_tool} step over real HTTP: the demo pack's order-status journey asks for the order,
 * calls the demo store API that the same server runs, and branches on its answer.
 */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.test.pack=packs/demo-store",
        "atende.security.api-token=journey-token",
        "atende.security.admin-password=admin-for-tests"})
class JourneyToolsEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private String say(String contact, String text) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("contact", contact, "text", text));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/messages?wait=20000"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer journey-token")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode replies = JSON.readTree(response.body()).get("replies");
        StringBuilder all = new StringBuilder();
        replies.forEach(r -> all.append(r.get("text").asString()).append('\n'));
        return all.toString();
    }

    @Test
    void shouldLookUpTheOrderThroughTheStoreApiAndTellWhereItIs() throws Exception {
        assertThat(say("5531988887777", "cadê meu pedido?")).contains("número do pedido");

        String answer = say("5531988887777", "é o 123456");

        assertThat(answer).contains("a caminho", "Correios", "BR123456789BR", "28/11");
    }

    @Test
    void shouldSayKindlyWhenTheStoreDoesNotKnowTheOrder() throws Exception {
        say("5531977776666", "quero saber do meu pedido");

        assertThat(say("5531977776666", "pedido 999999")).contains("Não achei nenhum pedido com o número 999999");
    }
}
