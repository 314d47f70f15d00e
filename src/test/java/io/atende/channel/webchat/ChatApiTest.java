package io.atende.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.atende.testsupport.AtendeTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AtendeTest(properties = {
        "atende.security.admin-password=chat-api-test",
        "atende.security.api-token=chat-api-test-token",
        "atende.security.chat-messages-per-minute=6000"})
@AutoConfigureMockMvc
class ChatApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void shouldRenderPageWithStoreName() throws Exception {
        mvc.perform(get("/chat"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loja Teste")))
                .andExpect(content().string(containsString("/chat/assets/chat.js")));
    }

    @Test
    void shouldRejectSessionThatIsNotUuid() throws Exception {
        send("not-a-uuid", UUID.randomUUID().toString(), "oi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.field").value("session"));
    }

    @Test
    void shouldRejectMissingMessageId() throws Exception {
        send(UUID.randomUUID().toString(), null, "oi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"));
    }

    @Test
    void shouldRejectBlankText() throws Exception {
        send(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "   ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("text"));
    }

    @Test
    void shouldRejectTextLongerThan4096() throws Exception {
        send(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "a".repeat(4097))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("text"));
    }

    @Test
    void shouldRejectBodyThatIsNotJson() throws Exception {
        mvc.perform(post("/chat/api/messages").contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
    }

    @Test
    void shouldAnswerWrongContentTypeWithJson() throws Exception {
        mvc.perform(post("/chat/api/messages").contentType(MediaType.TEXT_PLAIN).content("oi"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.field").value("Content-Type"));
    }

    @Test
    void shouldStoreRetriedPostOnce() throws Exception {
        String session = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        String first = send(session, id, "quero trocar um produto").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicate").value(false))
                .andReturn().getResponse().getContentAsString();
        String second = send(session, id, "quero trocar um produto").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.duplicate").value(true))
                .andReturn().getResponse().getContentAsString();

        assertThat((Integer) JsonPath.read(second, "$.message_id")).isEqualTo(JsonPath.read(first, "$.message_id"));
        String conversation = JsonPath.read(first, "$.conversation_id");
        List<String> inbound = JsonPath.read(history(session, conversation), "$.messages[?(@.direction == 'inbound')].text");
        assertThat(inbound).containsExactly("quero trocar um produto");
    }

    @Test
    void shouldReturnHistoryWithAgentReply() throws Exception {
        String session = UUID.randomUUID().toString();
        String receipt = send(session, UUID.randomUUID().toString(), "oi").andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        String conversation = JsonPath.read(receipt, "$.conversation_id");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String history = history(session, conversation);
            List<String> outbound = JsonPath.read(history, "$.messages[?(@.direction == 'outbound')].text");
            assertThat(outbound).containsExactly("Olá! Sou a assistente da Loja Teste. Como posso ajudar?");
            assertThat((String) JsonPath.read(history, "$.messages[0].created_at")).isNotBlank();
            assertThat((String) JsonPath.read(history, "$.messages[0].author")).isEqualTo("customer");
        });
    }

    @Test
    void shouldOfferSimAndNaoToTapWhenTheAgentOffersAPersonAfterNotUnderstandingTwice() throws Exception {
        String session = UUID.randomUUID().toString();
        String conversation = say(session, "asdfgh qwerty");
        awaitReplies(session, conversation, 1);
        say(session, "asdfgh qwerty");

        List<Map<String, Object>> replies = awaitReplies(session, conversation, 2);
        assertThat(replies.get(0)).containsEntry("text",
                        "Desculpe, não entendi. Você pode perguntar sobre produtos, entrega, trocas ou pagamento.")
                .containsEntry("choices", List.of()).containsEntry("image", null);
        assertThat(replies.get(1)).containsEntry("text", "Ainda não consegui entender. Quer que eu chame uma pessoa da equipe?")
                .containsEntry("image", null);
        assertThat(choices(replies.get(1))).containsExactly(choice("Sim", null), choice("Não", null));
        // the customer's own messages carry the same keys, empty
        Map<String, Object> inbound = JsonPath.read(history(session, conversation), "$.messages[0]");
        assertThat(inbound).containsEntry("direction", "inbound").containsEntry("choices", List.of())
                .containsEntry("image", null);
    }

    @Test
    void shouldOfferEachProductFoundWithItsPriceAsDetail() throws Exception {
        String session = UUID.randomUUID().toString();
        String conversation = say(session, "tem tênis?");

        Map<String, Object> reply = awaitReplies(session, conversation, 1).getFirst();
        assertThat(choices(reply)).containsExactly(
                choice("Tênis Nike Revolution 7 Masculino Preto", "R$ 279,90"),
                choice("Tênis Adidas Runfalcon 3.0 Feminino Branco", "R$ 329,90"));
        assertThat(reply).containsEntry("image", null); // a list of several shows no single picture
    }

    @Test
    void shouldCarryThePictureOfTheOneProductFound() throws Exception {
        String session = UUID.randomUUID().toString();
        String conversation = say(session, "air fryer");

        Map<String, Object> reply = awaitReplies(session, conversation, 1).getFirst();
        assertThat((String) reply.get("text")).contains("Air Fryer Mondial 4L 127V");
        assertThat(reply).containsEntry("image", "https://loja.test/i/air-1.jpg").containsEntry("choices", List.of());
    }

    @Test
    void shouldReturnEmptyHistoryForNewSession() throws Exception {
        mvc.perform(get("/chat/api/history").param("session", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(jsonPath("$.messages").isEmpty());
    }

    @Test
    void shouldNotShowAnotherSessionsConversation() throws Exception {
        String receipt = send(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "meu pedido")
                .andReturn().getResponse().getContentAsString();
        String conversation = JsonPath.read(receipt, "$.conversation_id");

        mvc.perform(get("/chat/api/history").param("session", UUID.randomUUID().toString())
                        .param("conversation", conversation))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("conversation"));
    }

    @Test
    void shouldRejectStreamWithoutValidSession() throws Exception {
        mvc.perform(get("/chat/api/stream").param("session", "x").accept(MediaType.TEXT_EVENT_STREAM))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("session"));
    }

    private ResultActions send(String session, String id, String text) throws Exception {
        var body = new java.util.LinkedHashMap<String, String>();
        body.put("session", session);
        body.put("id", id);
        body.put("text", text);
        return mvc.perform(post("/chat/api/messages").contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    /** Sends a message and returns its conversation's id. */
    private String say(String session, String text) throws Exception {
        String receipt = send(session, UUID.randomUUID().toString(), text).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(receipt, "$.conversation_id");
    }

    /** The agent's messages, as the page gets them, once there are {@code count} of them. */
    private List<Map<String, Object>> awaitReplies(String session, String conversation, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(
                () -> JsonPath.<List<Map<String, Object>>>read(history(session, conversation),
                        "$.messages[?(@.direction == 'outbound')]"),
                replies -> replies.size() >= count);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> choices(Map<String, Object> message) {
        return (List<Map<String, Object>>) message.get("choices");
    }

    private static Map<String, Object> choice(String title, String detail) {
        var choice = new java.util.LinkedHashMap<String, Object>();
        choice.put("title", title);
        choice.put("detail", detail);
        return choice;
    }

    private String history(String session, String conversation) throws Exception {
        return mvc.perform(get("/chat/api/history").param("session", session).param("conversation", conversation))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String json(java.util.Map<String, String> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (v != null) {
                out.append(out.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                        .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        });
        return out.append('}').toString();
    }
}
