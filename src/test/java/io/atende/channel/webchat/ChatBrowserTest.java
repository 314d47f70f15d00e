package io.atende.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.Direction;
import io.atende.conversation.MessageView;
import io.atende.shared.ConversationId;
import io.atende.testsupport.AtendeTest;
import io.atende.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.admin-password=chat-browser-test",
        "atende.security.api-token=chat-browser-test-token",
        "atende.security.chat-messages-per-minute=6000"})
class ChatBrowserTest {

    static final String REPLY = "Olá! Sou a assistente da Loja Teste. Como posso ajudar?";

    @LocalServerPort
    int port;

    @Autowired
    ConversationApi conversations;

    Browser browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start(390, 844);
        wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldShowReplyInChat() {
        open();
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Loja Teste");

        say("oi");

        wait.until(d -> texts(".msg.outbound").contains(REPLY));
        assertThat(texts(".msg.inbound")).containsExactly("oi");
        browser.screenshot("chat");
    }

    @Test
    void shouldDeliverMessageQueuedWhileOfflineOnceAndShowReply() {
        open();
        say("oi");
        wait.until(d -> texts(".msg.outbound").size() == 1);
        wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));

        browser.offline(true);
        wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "offline"));
        say("quero trocar um produto");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.inbound.pending")));
        browser.screenshot("chat-offline");
        ConversationId conversation = ConversationId.parse((String) browser.driver()
                .executeScript("return localStorage.getItem('atende.chat.conversation')"));
        assertThat(inboundTexts(conversation)).containsExactly("oi");

        browser.offline(false);

        wait.until(d -> texts(".msg.outbound").size() == 2);
        wait.until(d -> d.findElements(By.cssSelector(".msg.pending, .msg.sending")).isEmpty());
        assertThat(texts(".msg.inbound")).containsExactly("oi", "quero trocar um produto");
        assertThat(inboundTexts(conversation)).containsExactly("oi", "quero trocar um produto");

        // the page rebuilt from history shows the same transcript, nothing twice
        browser.driver().navigate().refresh();
        wait.until(d -> texts(".msg").size() == 4);
        assertThat(texts(".msg.inbound")).containsExactly("oi", "quero trocar um produto");
    }

    @Test
    void shouldRenderMessageTextAsTextWithSafeLinks() {
        open();
        say("<img src=x onerror=alert(1)> veja https://example.com/p?a=1.");

        WebElement mine = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".msg.inbound")));
        assertThat(mine.findElements(By.tagName("img"))).isEmpty();
        assertThat(mine.getText()).contains("<img src=x onerror=alert(1)>");
        WebElement link = mine.findElement(By.tagName("a"));
        assertThat(link.getAttribute("href")).isEqualTo("https://example.com/p?a=1");
        assertThat(link.getAttribute("rel")).contains("noopener");
    }

    @Test
    void shouldSendAChipsFullTitleWhenTappedAndDropTheOldChips() {
        open();
        say("tem tênis?");

        wait.until(d -> d.findElements(By.cssSelector(".chips .chip")).size() == 2);
        List<WebElement> chips = browser.driver().findElements(By.cssSelector(".chip"));
        WebElement adidas = chips.get(1);
        assertThat(adidas.getTagName()).isEqualTo("button");
        assertThat(adidas.getAttribute("aria-label")).startsWith("Tênis Adidas Runfalcon 3.0 Feminino Branco");
        assertThat(adidas.findElement(By.cssSelector(".chip-detail")).getText()).isEqualTo("R$ 329,90");
        String listId = browser.driver().findElement(By.cssSelector(".chips")).getAttribute("data-for");
        assertThat(texts(".msg.outbound").getFirst()).startsWith("Encontrei estas opções:");
        browser.screenshot("chat-chips");

        adidas.click();

        assertThat(browser.driver().findElements(By.cssSelector(".chip"))).isEmpty();
        wait.until(d -> texts(".msg.outbound").size() == 2);
        assertThat(texts(".msg.inbound")).containsExactly("tem tênis?", "Tênis Adidas Runfalcon 3.0 Feminino Branco");
        ConversationId conversation = ConversationId.parse((String) browser.driver()
                .executeScript("return localStorage.getItem('atende.chat.conversation')"));
        assertThat(inboundTexts(conversation)).containsExactly("tem tênis?", "Tênis Adidas Runfalcon 3.0 Feminino Branco");
        assertThat(browser.driver().findElements(By.cssSelector(".chips[data-for='" + listId + "']"))).isEmpty();
    }

    @Test
    void shouldKeepTheLastMessagesChipsOnReloadUntilTheCustomerTypesSomethingElse() {
        open();
        say("tem tênis?");
        wait.until(d -> d.findElements(By.cssSelector(".chip")).size() == 2);

        browser.driver().navigate().refresh();
        wait.until(d -> d.findElements(By.cssSelector(".chip")).size() == 2);
        assertThat(browser.driver().findElements(By.cssSelector(".chip-title")).stream().map(WebElement::getText))
                .containsExactly("Tênis Nike Revolution 7 Masculino Preto", "Tênis Adidas Runfalcon 3.0 Feminino Branco");

        say("oi");

        assertThat(browser.driver().findElements(By.cssSelector(".chip"))).isEmpty();
        wait.until(d -> texts(".msg.outbound").contains(REPLY));
        assertThat(browser.driver().findElements(By.cssSelector(".chip"))).isEmpty();
    }

    @Test
    void shouldShowThePictureOfTheOneProductFoundAndHideItWhenItFailsToLoad() {
        open();
        say("air fryer");

        WebElement picture = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".msg.outbound img.picture")));
        assertThat(picture.getAttribute("src")).isEqualTo("https://loja.test/i/air-1.jpg");
        assertThat(picture.getAttribute("alt")).isEqualTo("Encontrei estas opções:");
        assertThat(picture.getAttribute("loading")).isEqualTo("lazy");
        assertThat(texts(".msg.outbound").getFirst()).contains("Air Fryer Mondial 4L 127V");
        // loja.test never resolves: the broken picture is hidden and the text stays
        wait.until(d -> !picture.isDisplayed());
        assertThat(browser.driver().findElement(By.cssSelector(".msg.outbound")).isDisplayed()).isTrue();
    }

    private void open() {
        browser.driver().get("http://localhost:" + port + "/chat");
        wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "online"));
    }

    private void say(String text) {
        browser.driver().findElement(By.id("input")).sendKeys(text, Keys.ENTER);
    }

    /** Message texts without the time line under each bubble. */
    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().replaceFirst("\\n[^\\n]*$", "")).toList();
    }

    private List<String> inboundTexts(ConversationId conversation) {
        return conversations.messagesAfter(conversation, 0, 100).stream()
                .filter(m -> m.direction() == Direction.INBOUND).map(MessageView::text).toList();
    }
}
