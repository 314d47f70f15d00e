package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a reply is cut into WhatsApp bubbles. */
class BubblesTest {

    private static final String PIX = WhatsAppOutboundChannelTest.PIX;

    @Test
    void shouldKeepAShortReplyWhole() {
        String reply = "Oi! Temos sim.\n\nQuer que eu veja o frete para o seu CEP?";
        assertThat(Bubbles.split(reply)).containsExactly(reply);
    }

    @Test
    void shouldPutThePixCodeOfTheDemoJourneyAloneInItsBubble() {
        // the demo pack's enviar_pix step: the code on its own line after the text
        String reply = "Pronto! Seu pedido é o 123456 e o total com o desconto do Pix ficou R$ 142,41. Aqui está o código"
                + " Pix copia e cola (vale por 30 minutos):\n" + PIX;
        assertThat(Bubbles.split(reply)).containsExactly("Pronto! Seu pedido é o 123456 e o total com o desconto do Pix"
                + " ficou R$ 142,41. Aqui está o código Pix copia e cola (vale por 30 minutos):", PIX);
    }

    @Test
    void shouldSeparateEveryPixCodeAndIgnoreNumbersThatOnlyLookLikeOne() {
        String notPix = "000201 é só um número, e 6304ABCD também";
        assertThat(Bubbles.split(notPix)).containsExactly(notPix);
        assertThat(Bubbles.split(PIX + " " + PIX)).containsExactly(PIX, PIX);
    }

    @Test
    void shouldCutALongParagraphAtSentencesAndAnEndlessSentenceAtASpace() {
        String sentence = "A garantia cobre defeitos de fabricação por doze meses a partir da entrega do produto. ";
        List<String> bubbles = Bubbles.split(sentence.repeat(20).strip());
        assertThat(bubbles).hasSizeGreaterThan(1).allMatch(b -> b.length() <= Bubbles.READABLE)
                .allMatch(b -> b.endsWith("produto."));
        List<String> endless = Bubbles.split("palavra ".repeat(1200).strip());
        assertThat(endless).hasSize(3).allMatch(b -> b.length() <= GraphPayloads.MAX_TEXT && !b.isBlank());
        assertThat(String.join(" ", endless)).isEqualTo("palavra ".repeat(1200).strip());
    }
}
