package io.atende.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.Direction;
import io.atende.conversation.MessageView;
import io.atende.testsupport.AtendeTest;
import io.atende.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole human handoff in two real browsers: a customer in {@code /chat} asks for a person, an operator logged
 * into {@code /console} finds the conversation in the queue, takes it, answers, and the customer sees the answer
 * live; the operator hands back and the agent answers the customer again.
 */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.test.pack=packs/demo-store",
        "atende.security.admin-password=" + HandoffBrowserTest.PASSWORD,
        "atende.security.api-token=handoff-browser-test-token",
        "atende.security.chat-messages-per-minute=6000"})
class HandoffBrowserTest {

    static final String PASSWORD = "handoff-browser-pass";
    private static final String OPERATOR_TEXT = "Oi! Aqui é a Ana, da equipe. Já estou vendo a sua troca.";

    @LocalServerPort
    int port;

    @Autowired
    ConversationApi conversations;

    @Test
    void shouldLetAnOperatorAnswerFromTheConsoleAndHandBackToTheAgent() {
        try (Browser customer = Browser.start(390, 844); Browser operator = Browser.start(1280, 900)) {
            WebDriver chat = customer.driver();
            var chatWait = new WebDriverWait(chat, Duration.ofSeconds(30));
            chat.get("http://localhost:" + port + "/chat");
            chatWait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));

            say(chat, "quero falar com um atendente");
            chatWait.until(d -> agentTexts(d).stream().anyMatch(t -> t.contains("qual é o assunto")));
            say(chat, "troca de tamanho de um tênis");
            chatWait.until(d -> agentTexts(d).stream().anyMatch(t -> t.contains("Alguém da equipe vai continuar")));

            WebDriver console = operator.driver();
            var consoleWait = new WebDriverWait(console, Duration.ofSeconds(30));
            console.get("http://localhost:" + port + "/console");
            consoleWait.until(ExpectedConditions.urlContains("/console/login"));
            console.findElement(By.id("password")).sendKeys(PASSWORD);
            console.findElement(By.id("login")).click();

            var queued = consoleWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue tr")));
            assertThat(queued.getText()).contains("Aguardando pessoa").contains("troca de tamanho de um tênis");
            operator.screenshot("handoff-queue");
            queued.findElement(By.tagName("a")).click();

            consoleWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("take"))).click();
            consoleWait.until(ExpectedConditions.textToBe(By.id("handoff"), "Com pessoa"));
            // the person sees what the agent captured and how the journey went
            assertThat(console.findElement(By.id("attributes")).getText()).contains("troca de tamanho de um tênis");
            assertThat(console.findElement(By.id("timeline")).getText())
                    .contains("Jornada iniciada: falar_com_atendente").contains("Conversa assumida por admin");

            console.findElement(By.id("reply-text")).sendKeys(OPERATOR_TEXT);
            console.findElement(By.id("send")).click();
            consoleWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), OPERATOR_TEXT));
            assertThat(console.findElement(By.id("reply-text")).getAttribute("value")).isEmpty();

            // live in the customer's chat, marked as a person's message
            chatWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".msg.operator"), OPERATOR_TEXT));
            customer.screenshot("handoff-chat-operator");

            // while the person has it, the agent stays quiet; the person sees the message live
            say(chat, "é o tênis de corrida, tamanho 40");
            consoleWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("transcript"), "tamanho 40"));
            int agentRepliesBefore = agentTexts(chat).size();

            console.findElement(By.id("hand-back")).click();
            consoleWait.until(ExpectedConditions.textToBe(By.id("handoff"), "Agente virtual"));
            operator.screenshot("handoff-returned");

            say(chat, "vcs aceitam pix?");
            chatWait.until(d -> agentTexts(d).size() > agentRepliesBefore
                    && agentTexts(d).getLast().toLowerCase().contains("pix"));
            customer.screenshot("handoff-chat-agent-again");

            List<MessageView> stored = conversations.recent(5).stream()
                    .filter(s -> s.contact().startsWith("web:")).findFirst()
                    .map(s -> conversations.messagesAfter(s.id(), 0, 100)).orElseThrow();
            // exactly one agent reply was skipped: the message sent while the person had the conversation
            int tamanho = indexOf(stored, "é o tênis de corrida, tamanho 40");
            assertThat(stored.get(tamanho + 1).text()).isEqualTo("vcs aceitam pix?");
        }
    }

    private static void say(WebDriver driver, String text) {
        driver.findElement(By.id("input")).sendKeys(text, Keys.ENTER);
    }

    /** The texts of the agent's bubbles (not the operator's), without the time line under each. */
    private static List<String> agentTexts(WebDriver driver) {
        return driver.findElements(By.cssSelector(".msg.outbound:not(.operator)")).stream()
                .map(e -> e.getText().replaceFirst("\\n[^\\n]*$", "")).toList();
    }

    private static int indexOf(List<MessageView> messages, String text) {
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).direction() == Direction.INBOUND && text.equals(messages.get(i).text())) {
                return i;
            }
        }
        throw new AssertionError("no inbound message " + text + " in " + messages);
    }
}
