package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.conversation.DeliveryJournal;
import io.atende.testsupport.AtendeTest;
import io.atende.testsupport.Browser;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An operator watching a WhatsApp conversation in a real browser sees each reply's delivery change as WhatsApp
 * reports it — sent, then read, then a failure with Meta's code — without reloading the page.
 */
@AtendeTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "atende.security.api-token=delivery-browser-token",
        "atende.security.admin-password=" + WhatsAppDeliveryBrowserTest.PASSWORD,
        "atende.whatsapp.app-secret=" + WebhookTestBase.APP_SECRET,
        "atende.whatsapp.access-token=" + WhatsAppOutboundChannelTest.TOKEN,
        "atende.whatsapp.phone-number-id=1234567890",
        "atende.delivery.poll-ms=100",
        "atende.conversation.aggregation-window-ms=200"})
class WhatsAppDeliveryBrowserTest {

    static final String PASSWORD = "delivery-browser-pass";
    static final FakeGraphApi GRAPH = WhatsAppDeliveryTest.start();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeliveryJournal journal;

    @DynamicPropertySource
    static void graph(DynamicPropertyRegistry registry) {
        registry.add("atende.whatsapp.api-base-url", GRAPH::baseUrl);
    }

    @AfterAll
    static void stop() {
        GRAPH.close();
    }

    @Test
    void shouldShowEachReplysDeliveryAsWhatsAppReportsIt() {
        String waId = "5531977770101";
        WebhookClient meta = WebhookClient.awaitingJournal(port, WebhookTestBase.APP_SECRET, journal);
        assertThat(meta.post(WebhookClient.payload("text.json", Map.of("wa_id", waId, "id", "wamid.browser1",
                "body", "oi, tudo bem?"))).statusCode()).isEqualTo(200);
        Map<String, Object> reply = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT m.conversation_id, m.external_id FROM messages m
                WHERE m.direction = 'outbound' AND m.delivery_status = 'sent' AND m.conversation_id =
                      (SELECT conversation_id FROM messages WHERE external_id = 'wamid.browser1')""")
                .query().listOfRows(), rows -> !rows.isEmpty()).getFirst();
        String wamid = (String) reply.get("external_id");

        try (Browser operator = Browser.start(1280, 900)) {
            WebDriver console = operator.driver();
            var wait = new WebDriverWait(console, Duration.ofSeconds(30));
            String page = "http://localhost:" + port + "/console/conversations/" + reply.get("conversation_id");
            console.get(page);
            wait.until(ExpectedConditions.urlContains("/console/login"));
            console.findElement(By.id("password")).sendKeys(PASSWORD);
            console.findElement(By.id("login")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            console.get(page);
            By delivery = By.cssSelector("#transcript li.outbound .delivery");
            wait.until(ExpectedConditions.textToBe(delivery, "✓ enviada"));

            meta.post(WebhookClient.payload("status.json", Map.of("wa_id", waId, "id", wamid, "status", "read")));
            wait.until(ExpectedConditions.textToBe(delivery, "✓✓ lida"));
            assertThat(console.findElement(delivery).getAttribute("class")).contains("read");
            operator.screenshot("whatsapp-delivery-read");

            // a second reply that WhatsApp could not deliver: the operator reads why
            meta.post(WebhookClient.payload("text.json", Map.of("wa_id", waId, "id", "wamid.browser2",
                    "body", "e o meu pedido?")));
            String second = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                    SELECT external_id FROM messages WHERE direction = 'outbound' AND delivery_status = 'sent'
                    AND conversation_id = ? AND external_id <> ?""").param(reply.get("conversation_id")).param(wamid)
                    .query(String.class).list(), ids -> !ids.isEmpty()).getFirst();
            meta.post(WebhookClient.payload("status-failed.json", Map.of("wa_id", waId, "id", second)));
            By last = By.cssSelector("#transcript li.outbound:last-child .delivery");
            wait.until(ExpectedConditions.textToBe(last, "não entregue (131047 Re-engagement message)"));
            assertThat(console.findElement(delivery).getText()).as("the first reply stays read").isEqualTo("✓✓ lida");
        }
    }
}
