package io.atende.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.conversation.Accepted;
import io.atende.conversation.Channel;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.InboundMessage;
import io.atende.testsupport.AtendeTest;
import io.atende.testsupport.Browser;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.admin-password=" + ConsoleBrowserTest.PASSWORD,
        "atende.security.api-token=console-browser-test-token"})
class ConsoleBrowserTest {

    static final String PASSWORD = "console-browser-pass";
    static final String REPLY = "Olá! Sou a assistente da Loja Teste. Como posso ajudar?";

    @LocalServerPort
    int port;

    @Autowired
    ConversationApi conversations;

    @Test
    void shouldLogInAndShowConversationInListAndTranscript() {
        String session = UUID.randomUUID().toString();
        Accepted accepted = conversations.accept(
                InboundMessage.text(Channel.WEBCHAT, "web:" + session, UUID.randomUUID().toString(), "oi"));
        conversations.awaitReplies(accepted.messageId(), Duration.ofSeconds(20)).orElseThrow();

        try (Browser browser = Browser.start(1280, 800)) {
            var driver = browser.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get("http://localhost:" + port + "/console");
            wait.until(ExpectedConditions.urlContains("/console/login"));

            driver.findElement(By.id("password")).sendKeys("errada");
            driver.findElement(By.id("login")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));

            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.id("login")).click();
            var row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("tr[data-id='" + accepted.conversationId() + "']")));
            assertThat(row.getText()).contains("web:" + session).contains("Web chat").contains("Agente virtual");
            browser.screenshot("console");

            row.findElement(By.tagName("a")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), REPLY));
            assertThat(driver.findElement(By.id("transcript")).getText()).contains("oi").contains("Cliente");
            browser.screenshot("console-conversation");

            // live: a new message shows up without reloading
            conversations.accept(InboundMessage.text(Channel.WEBCHAT, "web:" + session, UUID.randomUUID().toString(),
                    "quero trocar um produto"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "quero trocar um produto"));

            driver.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.urlContains("/console/login?logout"));
        }
    }
}
