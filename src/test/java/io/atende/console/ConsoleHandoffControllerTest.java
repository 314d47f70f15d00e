package io.atende.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.atende.conversation.Accepted;
import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.InboundMessage;
import io.atende.conversation.MessageView;
import io.atende.testsupport.AtendeTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AtendeTest(properties = {
        "atende.security.admin-password=senha-da-fila-1",
        "atende.security.api-token=handoff-console-token"})
@AutoConfigureMockMvc
class ConsoleHandoffControllerTest {

    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    ConversationApi conversations;

    private Accepted conversation() {
        Accepted accepted = conversations.accept(
                InboundMessage.text(Channel.API, "fila-" + UUID.randomUUID(), null, "oi"));
        conversations.awaitReplies(accepted.messageId(), Duration.ofSeconds(20)).orElseThrow();
        return accepted;
    }

    private String handoff(Accepted a) {
        return conversations.find(a.conversationId()).orElseThrow().handoff().state();
    }

    private long operatorMessages(Accepted a) {
        return conversations.messagesAfter(a.conversationId(), 0, 100).stream()
                .filter(m -> "operator".equals(m.author())).count();
    }

    @Test
    void shouldRequireALoginAndACsrfTokenToTakeOver() throws Exception {
        Accepted a = conversation();
        String take = "/console/conversations/" + a.conversationId() + "/take";
        mvc.perform(post(take).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/login"));
        mvc.perform(post(take).with(ADMIN)).andExpect(status().isForbidden());
        assertThat(handoff(a)).isEqualTo("none");
    }

    @Test
    void shouldTakeOverAnswerAndHandBackThroughTheForms() throws Exception {
        Accepted a = conversation();
        String base = "/console/conversations/" + a.conversationId();

        mvc.perform(post(base + "/take").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base));
        assertThat(handoff(a)).isEqualTo("human");
        assertThat(conversations.find(a.conversationId()).orElseThrow().handoff().operator()).isEqualTo("admin");

        mvc.perform(post(base + "/reply").param("text", "Olá, sou da equipe!").with(ADMIN).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(base));
        assertThat(conversations.messagesAfter(a.conversationId(), 0, 100)).extracting(MessageView::text)
                .contains("Olá, sou da equipe!");

        mvc.perform(get("/console/api/queue").with(ADMIN))
                .andExpect(jsonPath("$[?(@.id == '" + a.conversationId() + "')].operator").value("admin"));
        mvc.perform(get("/console/api/conversations/" + a.conversationId()).with(ADMIN))
                .andExpect(jsonPath("$.handoff_state").value("human"))
                .andExpect(jsonPath("$.timeline[?(@.type == 'handoff.taken')].text").value("Conversa assumida por admin"));

        mvc.perform(post(base + "/hand-back").with(ADMIN).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(handoff(a)).isEqualTo("none");
    }

    @Test
    void shouldRefuseABlankReplyClearlyAndStoreNothing() throws Exception {
        Accepted a = conversation();
        String base = "/console/conversations/" + a.conversationId();

        mvc.perform(post(base + "/reply").param("text", "  ").header("Accept", "application/json")
                        .with(ADMIN).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Escreva uma mensagem antes de enviar."));
        mvc.perform(post(base + "/reply").param("text", "").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl(base + "?problem=blank"));
        mvc.perform(get(base).param("problem", "blank").with(ADMIN))
                .andExpect(content().string(containsString("Escreva uma mensagem antes de enviar.")));
        // only the known problems are ever shown: the parameter cannot put text on the page
        mvc.perform(get(base).param("problem", "Seu acesso expirou, digite a senha em evil.example").with(ADMIN))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("evil.example"))));

        assertThat(operatorMessages(a)).isZero();
        assertThat(handoff(a)).isEqualTo("none");
    }

    @Test
    void shouldShowTheOperatorThatTheCustomerOptedOutOfTheStoresMessages() throws Exception {
        Accepted a = conversation();
        Accepted stop = conversations.accept(InboundMessage.text(Channel.API,
                conversations.find(a.conversationId()).orElseThrow().contact(), null, "PARAR"));
        conversations.awaitReplies(stop.messageId(), Duration.ofSeconds(20)).orElseThrow();
        mvc.perform(get("/console/api/conversations/" + a.conversationId()).with(ADMIN))
                .andExpect(jsonPath("$.proactive").value(org.hamcrest.Matchers.startsWith("recusa desde ")))
                .andExpect(jsonPath("$.timeline[?(@.type == 'contact.opted_out')].text")
                        .value("Pediu para não receber mais mensagens da loja"));
    }

    @Test
    void shouldShowTheOperatorTheAnswersAReplyOfferedAndItsPicture() throws Exception {
        Accepted list = conversations.accept(InboundMessage.text(Channel.API, "fila-" + UUID.randomUUID(), null,
                "tem tênis?"));
        conversations.awaitReplies(list.messageId(), Duration.ofSeconds(20)).orElseThrow();
        mvc.perform(get("/console/api/conversations/" + list.conversationId()).with(ADMIN))
                .andExpect(jsonPath("$.messages[1].choices").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "Tênis Nike Revolution 7 Masculino Preto · R$ 279,90",
                        "Tênis Adidas Runfalcon 3.0 Feminino Branco · R$ 329,90")));
        mvc.perform(get("/console/conversations/" + list.conversationId()).with(ADMIN))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "<li>Tênis Nike Revolution 7 Masculino Preto · R$ 279,90</li>")));

        Accepted one = conversations.accept(InboundMessage.text(Channel.API, "fila-" + UUID.randomUUID(), null,
                "tem air fryer?"));
        conversations.awaitReplies(one.messageId(), Duration.ofSeconds(20)).orElseThrow();
        mvc.perform(get("/console/conversations/" + one.conversationId()).with(ADMIN))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "href=\"https://loja.test/i/air-1.jpg\"")));
    }

    @Test
    void shouldShowNotFoundForAnUnknownConversation() throws Exception {
        mvc.perform(post("/console/conversations/" + UUID.randomUUID() + "/take").with(ADMIN).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Conversa não encontrada")));
    }
}
