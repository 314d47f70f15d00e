package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.conversation.DeliveryResult;
import io.atende.conversation.OutboundMessage;
import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Answers to tap and pictures, sent over real HTTP to the fake Graph API, which refuses what Meta refuses (titles,
 * bodies, rows over its limits): reply buttons, lists, images with captions, and text when nothing fits.
 */
class WhatsAppInteractiveTest {

    private static final String TO = "5531999990000";
    private static final List<Choice> YES_NO = List.of(new Choice("Sim"), new Choice("Não"));

    private FakeGraphApi graph;
    private WhatsAppOutboundChannel channel;
    private String listButton = "Ver opções";

    @BeforeEach
    void start() throws Exception {
        graph = new FakeGraphApi(WhatsAppOutboundChannelTest.TOKEN);
        channel = new WhatsAppOutboundChannel(WhatsAppOutboundChannelTest.properties(graph.baseUrl()), () -> null,
                () -> listButton);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private static OutboundMessage message(String text, List<Choice> choices, String image, int firstPart) {
        return new OutboundMessage(new MessageId(1), new ConversationId(UUID.randomUUID()), TO, text, firstPart, null, 1,
                choices, image);
    }

    private DeliveryResult send(String text, List<Choice> choices, String image) {
        return channel.send(message(text, choices, image, 0));
    }

    @Test
    void shouldOfferSimAndNaoAsReplyButtonsUnderTheQuestion() {
        assertThat(send("Posso te mandar novidades por aqui?", YES_NO, null)).isInstanceOf(DeliveryResult.Sent.class);

        JsonNode sent = graph.sent().getFirst();
        assertThat(graph.sent()).hasSize(1);
        assertThat(sent.path("type").asString()).isEqualTo("interactive");
        JsonNode interactive = sent.path("interactive");
        assertThat(interactive.path("type").asString()).isEqualTo("button");
        assertThat(interactive.path("body").path("text").asString()).isEqualTo("Posso te mandar novidades por aqui?");
        assertThat(interactive.path("action").path("buttons").findValuesAsString("title")).containsExactly("Sim", "Não");
        assertThat(interactive.path("action").path("buttons").findValuesAsString("id")).containsExactly("Sim", "Não");
    }

    @Test
    void shouldListProductsByWhatTellsThemApartWithTheirPricesAndTheWholeTitleAsTheRowId() {
        List<Choice> products = List.of(
                new Choice("Smartphone Samsung Galaxy A15 128GB 4GB RAM Azul Escuro", "R$ 999,00"),
                new Choice("Smartphone Samsung Galaxy A16 5G 128GB 4GB RAM Preto", "R$ 1.249,00"),
                new Choice("Moto G24", "R$ 899,00"));

        assertThat(send("Encontrei estas opções para você:\n• ...", products, null)).isInstanceOf(DeliveryResult.Sent.class);

        JsonNode interactive = graph.sent().getFirst().path("interactive");
        assertThat(interactive.path("type").asString()).isEqualTo("list");
        assertThat(interactive.path("action").path("button").asString()).isEqualTo("Ver opções");
        JsonNode rows = interactive.path("action").path("sections").path(0).path("rows");
        // the words two titles start with alike are left out of their rows
        assertThat(rows.findValuesAsString("title")).containsExactly("A15 128GB 4GB RAM Azul…", "A16 5G 128GB 4GB RAM…",
                "Moto G24");
        assertThat(rows.findValuesAsString("description")).containsExactly(
                "Escuro · R$ 999,00", "Preto · R$ 1.249,00", "R$ 899,00");
        assertThat(rows.findValuesAsString("id")).containsExactly(
                "Smartphone Samsung Galaxy A15 128GB 4GB RAM Azul Escuro",
                "Smartphone Samsung Galaxy A16 5G 128GB 4GB RAM Preto", "Moto G24");
        // what a tap on a row sends back is read as the whole title
        assertThat(GraphMessages.answer("A15 128GB 4GB RAM Azul…", rows.path(0).path("id").asString()))
                .isEqualTo("Smartphone Samsung Galaxy A15 128GB 4GB RAM Azul Escuro");
        assertThat(GraphMessages.answer("Sim", "outra-coisa")).isEqualTo("Sim");
    }

    @Test
    void shouldKeepThePriceOfARowWhoseTitleLeavesALongRest() {
        List<Choice> notebooks = List.of(
                new Choice("Notebook Dell Inspiron 15 Intel Core i5 13ª geração 8GB 512GB SSD Tela 15,6\" Windows 11 Prata",
                        "R$ 3.799,00"),
                new Choice("Notebook Lenovo IdeaPad Slim 3 AMD Ryzen 5 8GB 256GB SSD Tela 15,6\" Windows 11 Cinza",
                        "R$ 2.899,00"));
        send("Encontrei estes notebooks:", notebooks, null);

        JsonNode rows = graph.sent().getFirst().path("interactive").path("action").path("sections").path(0).path("rows");
        assertThat(rows.findValuesAsString("title")).containsExactly("Dell Inspiron 15 Intel…", "Lenovo IdeaPad Slim 3…");
        assertThat(rows.findValuesAsString("description")).allSatisfy(d -> assertThat(d.length()).isLessThanOrEqualTo(72))
                .satisfiesExactly(d -> assertThat(d).endsWith(" · R$ 3.799,00"), d -> assertThat(d).endsWith(" · R$ 2.899,00"));
    }

    @Test
    void shouldSendTheTextAloneWhenTheAnswersFitNeitherButtonsNorAList() {
        List<Choice> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> new Choice("Opção número " + i)).toList();
        send("Qual delas?", eleven, null);
        listButton = null;
        send("E agora?", List.of(new Choice("Uma resposta longa demais para botão"), new Choice("Outra")), null);

        assertThat(graph.sent()).extracting(b -> b.path("type").asString()).containsExactly("text", "text");
        assertThat(graph.sent()).extracting(b -> b.path("text").path("body").asString())
                .containsExactly("Qual delas?", "E agora?");
    }

    @Test
    void shouldShowTheOneProductsPictureBeforeTheTextWhichGoesOnItsOwn() {
        send("Encontrei o Tênis Nike Revolution 7 por R$ 279,90.", List.of(), "https://loja.test/i/tns-1.jpg");

        // a picture WhatsApp cannot fetch fails alone: the text is never its caption
        assertThat(graph.sent()).extracting(b -> b.path("type").asString()).containsExactly("image", "text");
        JsonNode image = graph.sent().getFirst().path("image");
        assertThat(image.path("link").asString()).isEqualTo("https://loja.test/i/tns-1.jpg");
        assertThat(image.has("caption")).isFalse();
        assertThat(graph.sent().getLast().path("text").path("body").asString())
                .isEqualTo("Encontrei o Tênis Nike Revolution 7 por R$ 279,90.");
        // a catalog may write the scheme in capitals; it is a link all the same
        graph.reset();
        send("Este aqui.", List.of(), "HTTPS://loja.test/i/tns-1.jpg");
        assertThat(graph.sent().getFirst().path("image").path("link").asString()).isEqualTo("HTTPS://loja.test/i/tns-1.jpg");
    }

    @Test
    void shouldPutThePictureOnTopOfReplyButtons() {
        send("Quer este?", YES_NO, "https://loja.test/i/tns-1.jpg");

        JsonNode interactive = graph.sent().getFirst().path("interactive");
        assertThat(graph.sent()).hasSize(1);
        assertThat(interactive.path("header").path("type").asString()).isEqualTo("image");
        assertThat(interactive.path("header").path("image").path("link").asString())
                .isEqualTo("https://loja.test/i/tns-1.jpg");
    }

    @Test
    void shouldSendThePictureAboveAListWhichCannotCarryOne() {
        List<Choice> four = List.of(new Choice("Não serviu no tamanho"), new Choice("Quero outra cor"),
                new Choice("Não gostei do produto"), new Choice("Veio diferente do anúncio"));
        send("O que aconteceu?", four, "https://loja.test/i/tns-1.jpg");

        assertThat(graph.sent()).extracting(b -> b.path("type").asString()).containsExactly("image", "interactive");
        assertThat(graph.sent().getFirst().path("image").has("caption")).isFalse();
        assertThat(graph.sent().getLast().path("interactive").path("body").path("text").asString())
                .isEqualTo("O que aconteceu?");
        // eleven answers fit nowhere: the picture, then the text, and nothing is offered
        graph.reset();
        send("Qual delas?", IntStream.rangeClosed(1, 11).mapToObj(i -> new Choice("Opção " + i)).toList(),
                "https://loja.test/i/tns-1.jpg");
        assertThat(graph.sent()).extracting(b -> b.path("type").asString()).containsExactly("image", "text");
    }

    @Test
    void shouldHangTheButtonsOnTheLastProseBubbleAndLeaveThePixCodeAlone() {
        String prose = "Seu pedido foi reservado. Pague com o código abaixo e me diga se deu certo.";
        send(prose + "\n" + WhatsAppOutboundChannelTest.PIX, YES_NO, null);

        assertThat(graph.sent()).extracting(b -> b.path("type").asString()).containsExactly("interactive", "text");
        assertThat(graph.sent().getFirst().path("interactive").path("body").path("text").asString()).isEqualTo(prose);
        assertThat(graph.sent().getLast().path("text").path("body").asString()).isEqualTo(WhatsAppOutboundChannelTest.PIX);
    }

    @Test
    void shouldResumeAfterThePartsAlreadySentWhenARetryComes() {
        String longText = "Primeiro parágrafo. ".repeat(40).strip() + "\n\n" + "Quer que eu reserve para você?";
        graph.fail(b -> "interactive".equals(b.path("type").asString()), 1, 429, 130429);

        DeliveryResult first = channel.send(message(longText, YES_NO, null, 0));
        assertThat(first).isInstanceOf(DeliveryResult.Retry.class);
        assertThat(((DeliveryResult.Retry) first).externalIds()).hasSize(1);
        graph.reset();
        DeliveryResult second = channel.send(message(longText, YES_NO, null, 1));

        assertThat(second).isInstanceOf(DeliveryResult.Sent.class);
        assertThat(graph.sent()).extracting(b -> b.path("type").asString()).containsExactly("interactive");
        assertThat(graph.sent().getFirst().path("interactive").path("body").path("text").asString())
                .isEqualTo(Bubbles.split(longText).getLast()).endsWith("Quer que eu reserve para você?");
    }
}
