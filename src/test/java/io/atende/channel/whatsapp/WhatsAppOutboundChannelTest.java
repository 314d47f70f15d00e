package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.conversation.DeliveryResult;
import io.atende.conversation.OutboundMessage;
import io.atende.conversation.TypingNotice;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sending side over real HTTP against a local fake of the Graph API, in Meta's wire shapes. */
class WhatsAppOutboundChannelTest {

    static final String TOKEN = "test-access-token";
    /** A well-formed Pix code (its CRC16 checks), with a space in the merchant name as real ones have. */
    static final String PIX = pix();

    private FakeGraphApi graph;
    private WhatsAppOutboundChannel channel;
    private String template = "retomar_conversa";

    @BeforeEach
    void start() throws Exception {
        graph = new FakeGraphApi(TOKEN);
        channel = new WhatsAppOutboundChannel(properties(graph.baseUrl()), () -> template, () -> null);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    static WhatsAppProperties properties(String base) {
        return new WhatsAppProperties(null, null, TOKEN, "1234567890", base, 2000, "pt_BR");
    }

    private static OutboundMessage message(String text) {
        return new OutboundMessage(new MessageId(1), new ConversationId(UUID.randomUUID()), "5531999990000", text, 0, null, 1);
    }

    @Test
    void shouldSendATextToTheWaIdWithTheBearerTokenAndAnswerItsWamid() {
        DeliveryResult result = channel.send(message("Olá! Como posso ajudar?"));

        assertThat(result).isEqualTo(new DeliveryResult.Sent(List.of("wamid.FAKE1"), null));
        FakeGraphApi.Request request = graph.requests.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v21.0/1234567890/messages");
        assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
        JsonNode body = request.body();
        assertThat(body.path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(body.path("to").asString()).isEqualTo("5531999990000");
        assertThat(body.path("type").asString()).isEqualTo("text");
        assertThat(body.path("text").path("body").asString()).isEqualTo("Olá! Como posso ajudar?");
    }

    @Test
    void shouldSendToTheBusinessScopedUserIdAsTheRecipientWhenNoNumberCame() {
        DeliveryResult result = channel.send(new OutboundMessage(new MessageId(2), new ConversationId(UUID.randomUUID()),
                "BR.13491208655302741918", "Oi! Em que posso ajudar?", 0, null, 1));

        assertThat(result).isInstanceOf(DeliveryResult.Sent.class);
        JsonNode body = graph.requests.getFirst().body();
        assertThat(body.path("recipient").asString()).isEqualTo("BR.13491208655302741918");
        assertThat(body.has("to")).as("\"to\" would win over \"recipient\" and is for phone numbers").isFalse();
        assertThat(GraphPayloads.isBusinessScopedUserId("US.ENT.11815799212886844830")).isTrue();
        assertThat(GraphPayloads.isBusinessScopedUserId("5531999990000")).isFalse();
    }

    @Test
    void shouldSendAPixCodeAloneInItsOwnBubble() {
        DeliveryResult result = channel.send(message("Aqui está o Pix copia e cola: " + PIX + " Ele vale por 30 minutos."));

        assertThat(result.externalIds()).hasSize(3);
        assertThat(graph.sent()).extracting(b -> b.path("text").path("body").asString())
                .containsExactly("Aqui está o Pix copia e cola:", PIX, "Ele vale por 30 minutos.");
    }

    @Test
    void shouldSplitALongReplyAtParagraphsAndResumeAfterTheBubblesAlreadySent() {
        String paragraph = "Esta é uma frase de uma resposta longa sobre prazos de entrega e trocas. ".repeat(6).strip();
        String text = paragraph + "\n\n" + paragraph + "\n\n" + paragraph;

        DeliveryResult result = channel.send(message(text));

        List<String> bodies = graph.sent().stream().map(b -> b.path("text").path("body").asString()).toList();
        assertThat(bodies).hasSize(3).allMatch(b -> b.equals(paragraph));
        assertThat(result.externalIds()).hasSize(3);
        graph.reset();
        channel.send(new OutboundMessage(new MessageId(1), new ConversationId(UUID.randomUUID()), "5531999990000", text, 2,
                null, 2));
        assertThat(graph.sent()).hasSize(1);
    }

    @Test
    void shouldSendTheReengagementTemplateWhenOutsideTheWindow() {
        graph.fail(b -> "text".equals(b.path("type").asString()), 1, 400, 131047);

        DeliveryResult result = channel.send(message("Oi, ainda posso ajudar?"));

        assertThat(result).isEqualTo(new DeliveryResult.Sent(List.of("wamid.FAKE1"), "retomar_conversa"));
        JsonNode sent = graph.sent().getLast();
        assertThat(sent.path("type").asString()).isEqualTo("template");
        assertThat(sent.path("template").path("name").asString()).isEqualTo("retomar_conversa");
        assertThat(sent.path("template").path("language").path("code").asString()).isEqualTo("pt_BR");
    }

    @Test
    void shouldSendAFollowUpStoredAsATemplateAsThatTemplate() {
        DeliveryResult result = channel.send(new OutboundMessage(new MessageId(2), new ConversationId(UUID.randomUUID()),
                "5531999990000", "Oi! Ainda posso ajudar?", 0, "retomar_conversa", 1));

        assertThat(result).isEqualTo(new DeliveryResult.Sent(List.of("wamid.FAKE1"), "retomar_conversa"));
        assertThat(graph.sent()).singleElement().satisfies(b -> assertThat(b.path("type").asString()).isEqualTo("template"));
    }

    @Test
    void shouldFailWithTheCodeOutsideTheWindowWhenNoTemplateIsConfigured() {
        template = null;
        graph.fail(b -> true, 1, 400, 131047);
        assertThat(channel.send(message("oi"))).isEqualTo(new DeliveryResult.Failed("131047", List.of()));
    }

    @Test
    void shouldAskForARetryOnRateLimitsAndServerErrorsAndFailOnPermanentErrors() {
        graph.fail(b -> true, 1, 400, 130429);
        assertThat(channel.send(message("oi"))).isInstanceOf(DeliveryResult.Retry.class)
                .extracting(r -> ((DeliveryResult.Retry) r).errorCode()).isEqualTo("130429");
        graph.fail(b -> true, 1, 400, 131056);
        assertThat(channel.send(message("oi"))).isInstanceOf(DeliveryResult.Retry.class);
        graph.fail(b -> true, 1, 500, 1);
        assertThat(channel.send(message("oi"))).isInstanceOf(DeliveryResult.Retry.class);
        graph.fail(b -> true, 1, 400, 131026);
        assertThat(channel.send(message("oi"))).isEqualTo(new DeliveryResult.Failed("131026", List.of()));
    }

    @Test
    void shouldFailWithoutCallingTheGraphApiWhenTheMessageCannotBeValid() {
        template = "Retomar Conversa";
        DeliveryResult result = channel.send(new OutboundMessage(new MessageId(3), new ConversationId(UUID.randomUUID()),
                "5531999990000", "oi", 0, "Retomar Conversa", 1));
        assertThat(result).isEqualTo(new DeliveryResult.Failed("invalid_message", List.of()));
        assertThat(graph.requests).isEmpty();
    }

    @Test
    void shouldRetryWhenTheGraphApiCannotBeReached() {
        graph.close();
        assertThat(channel.send(message("oi"))).isInstanceOf(DeliveryResult.Retry.class);
    }

    @Test
    void shouldMarkTheLastMessageReadWithATypingIndicator() {
        channel.typing(new TypingNotice(new ConversationId(UUID.randomUUID()), "5531999990000", "wamid.IN1"));

        JsonNode body = graph.requests.getFirst().body();
        assertThat(body.path("messaging_product").asString()).isEqualTo("whatsapp");
        assertThat(body.path("status").asString()).isEqualTo("read");
        assertThat(body.path("message_id").asString()).isEqualTo("wamid.IN1");
        assertThat(body.path("typing_indicator").path("type").asString()).isEqualTo("text");
    }

    @Test
    void shouldBuildButtonsListsImagesAndTemplatesInMetasShape() {
        var buttons = GraphPayloads.buttons("5531999990000", "Confirma o pedido?",
                List.of(new GraphPayloads.Option("sim", "Sim, confirmar"), new GraphPayloads.Option("nao", "Não")));
        assertThat((JsonNode) FakeGraphApi.JSON.valueToTree(buttons)).isEqualTo(FakeGraphApi.JSON.readTree("{\"messaging_product\":\"whatsapp\","
                + "\"recipient_type\":\"individual\",\"to\":\"5531999990000\",\"type\":\"interactive\",\"interactive\":{"
                + "\"type\":\"button\",\"body\":{\"text\":\"Confirma o pedido?\"},\"action\":{\"buttons\":["
                + "{\"type\":\"reply\",\"reply\":{\"id\":\"sim\",\"title\":\"Sim, confirmar\"}},"
                + "{\"type\":\"reply\",\"reply\":{\"id\":\"nao\",\"title\":\"Não\"}}]}}}"));
        var list = GraphPayloads.list("5531999990000", "Escolha a entrega", "Ver opções", List.of(new GraphPayloads.Section(
                "Entrega", List.of(new GraphPayloads.Option("sedex", "Sedex", "1 a 2 dias úteis")))));
        JsonNode wire = FakeGraphApi.JSON.valueToTree(list);
        assertThat(wire.path("interactive").path("type").asString()).isEqualTo("list");
        assertThat(wire.path("interactive").path("action").path("button").asString()).isEqualTo("Ver opções");
        assertThat(wire.path("interactive").path("action").path("sections").path(0).path("rows").path(0)
                .path("description").asString()).isEqualTo("1 a 2 dias úteis");
        assertThat(FakeGraphApi.JSON.valueToTree(GraphPayloads.image("5531999990000", "https://loja.test/a.jpg", "Tênis"))
                .path("image").path("link").asString()).isEqualTo("https://loja.test/a.jpg");
        assertThat(FakeGraphApi.JSON.valueToTree(GraphPayloads.image("5531999990000", "1234", null))
                .path("image").path("id").asString()).isEqualTo("1234");
        var template = GraphPayloads.template("5531999990000", "pedido_enviado", "pt_BR", List.of(Map.of("type", "body",
                "parameters", List.of(Map.of("type", "text", "text", "123456")))));
        assertThat(FakeGraphApi.JSON.valueToTree(template).path("template").path("components").path(0).path("parameters")
                .path(0).path("text").asString()).isEqualTo("123456");
        assertThatThrownBy(() -> GraphPayloads.buttons("5531999990000", "?", List.of(
                new GraphPayloads.Option("a", "Um título longo demais aqui")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GraphPayloads.buttons("5531999990000", "?", List.of(new GraphPayloads.Option("a", "1"),
                new GraphPayloads.Option("b", "2"), new GraphPayloads.Option("c", "3"), new GraphPayloads.Option("d", "4"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A Pix code built as io.atende.tool.demo.PixCode does (EMV fields and CRC16). */
    static String pix() {
        String account = field("00", "br.gov.bcb.pix") + field("01", "loja@exemplo.com.br");
        String payload = field("00", "01") + field("26", account) + field("52", "0000") + field("53", "986")
                + field("54", "149.90") + field("58", "BR") + field("59", "Loja Teste") + field("60", "Belo Horizonte")
                + field("62", field("05", "PED123456")) + "6304";
        return payload + String.format("%04X", io.atende.shared.PixCodes.crc16(payload));
    }

    private static String field(String id, String value) {
        return id + String.format("%02d", value.length()) + value;
    }
}
