package io.atende.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.InboundMessage;
import io.atende.testsupport.AtendeTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@AtendeTest(properties = {
        "atende.security.admin-password=" + ConsoleSecurityTest.PASSWORD,
        "atende.security.api-token=console-test-token"})
@AutoConfigureMockMvc
class ConsoleSecurityTest {

    static final String PASSWORD = "senha-do-console-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    ConversationApi conversations;

    @Test
    void shouldRedirectUnauthenticatedVisitorToLogin() throws Exception {
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/login"));
        mvc.perform(get("/console/api/conversations")).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldAnswerNotFoundForUnknownPathsOutsideTheConsole() throws Exception {
        mvc.perform(get("/nada")).andExpect(status().isNotFound());
        mvc.perform(get("/console/nada")).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldShowLoginPageWithCsrfToken() throws Exception {
        mvc.perform(get("/console/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("Entrar")))
                .andExpect(content().string(not(containsString("Usuário ou senha inválidos"))));
    }

    @Test
    void shouldLogInWithConfiguredPassword() throws Exception {
        mvc.perform(formLogin("/console/login").user("admin").password(PASSWORD))
                .andExpect(redirectedUrl("/console"));
    }

    @Test
    void shouldSendWrongPasswordBackToLoginWithError() throws Exception {
        mvc.perform(formLogin("/console/login").user("admin").password("errada"))
                .andExpect(redirectedUrl("/console/login?error"));
        mvc.perform(get("/console/login").param("error", ""))
                .andExpect(content().string(containsString("Usuário ou senha inválidos.")));
    }

    @Test
    void shouldRequireCsrfTokenToLogIn() throws Exception {
        mvc.perform(post("/console/login").param("username", "admin").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRequireCsrfTokenToLogOut() throws Exception {
        mvc.perform(post("/console/logout").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/console/logout").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/console/login?logout"));
    }

    @Test
    void shouldListConversationsWithPreviewAndLogoutForm() throws Exception {
        String contact = "console-list-" + UUID.randomUUID();
        conversations.accept(InboundMessage.text(Channel.API, contact, null, "onde está meu pedido?"));

        // the preview is the last message, which may already be the agent's reply: look for the contact
        mvc.perform(get("/console").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(contact)))
                .andExpect(content().string(containsString("action=\"/console/logout\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/console/api/conversations").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].preview").exists())
                .andExpect(jsonPath("$[0].message_count").isNumber())
                .andExpect(jsonPath("$[0].handoff_state").exists());
    }

    @Test
    void shouldShowConversationTranscript() throws Exception {
        var accepted = conversations.accept(
                InboundMessage.text(Channel.API, "console-page-" + UUID.randomUUID(), null, "<b>quero</b> um tênis"));

        mvc.perform(get("/console/conversations/" + accepted.conversationId()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;b&gt;quero&lt;/b&gt; um tênis")))
                .andExpect(content().string(containsString("Cliente")));
        mvc.perform(get("/console/api/conversations/" + accepted.conversationId()).param("after", "0")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$.messages[0].text").value("<b>quero</b> um tênis"));
    }

    @Test
    void shouldShowFriendlyPageForUnknownConversation() throws Exception {
        mvc.perform(get("/console/conversations/" + UUID.randomUUID()).with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Conversa não encontrada")));
        mvc.perform(get("/console/conversations/nao-e-um-id").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/console/api/conversations/nao-e-um-id").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("id"));
    }
}
