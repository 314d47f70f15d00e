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
