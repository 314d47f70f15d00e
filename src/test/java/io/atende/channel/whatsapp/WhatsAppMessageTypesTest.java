package io.atende.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.conversation.Attachment;
import io.atende.conversation.ConversationApi;
import io.atende.conversation.ConversationView;
import io.atende.conversation.Direction;
import io.atende.conversation.MessageView;
import io.atende.shared.ConversationId;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every inbound message type, in the shape of Meta's webhook reference, stored as the customer's message. */
class WhatsAppMessageTypesTest extends WebhookTestBase {

    @Autowired
    ConversationApi conversations;

    private record Received(ConversationView conversation, MessageView message) {
    }

    /** Posts a payload file for a new customer and reads back the message stored from it. */
    private Received receive(String file) {
        String waId = "55319" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
        String wamid = "wamid.HBgL" + UUID.randomUUID().toString().replace("-", "");
        var response = meta.post(WebhookClient.payload(file, Map.of("wa_id", waId, "id", wamid, "body", "oi, tudo bem?", "user_id",
                "BR.13491208655302741918" + waId)));
        assertThat(response.statusCode()).isEqualTo(200);
        UUID conversation = jdbc.sql("SELECT conversation_id FROM messages WHERE channel = 'whatsapp' AND external_id = ?")
                .param(wamid).query(UUID.class).single();
        ConversationView view = conversations.find(new ConversationId(conversation)).orElseThrow();
        MessageView message = view.messages().stream().filter(m -> m.direction() == Direction.INBOUND).findFirst()
                .orElseThrow();
        return new Received(view, message);
    }

    private String firstReply(ConversationId id) {
        await().atMost(Duration.ofSeconds(15)).until(() -> conversations.find(id).orElseThrow().messages().stream()
                .anyMatch(m -> m.direction() == Direction.OUTBOUND));
        return conversations.find(id).orElseThrow().messages().stream().filter(m -> m.direction() == Direction.OUTBOUND)
                .findFirst().orElseThrow().text();
    }

    @Test
    void shouldKeyTheContactOnTheWaIdAndKeepTheProfileNameSealed() {
        Received r = receive("text.json");
        assertThat(r.conversation().contact()).startsWith("55319");
        assertThat(r.message().text()).isEqualTo("oi, tudo bem?");
        String name = jdbc.sql("SELECT display_name FROM contacts WHERE external_id = ?")
                .param(r.conversation().contact()).query(String.class).single();
        assertThat(name).isNotBlank().doesNotContain("Maria");
    }

    @Test
    void shouldKeyOnTheBusinessScopedUserIdWhenNoPhoneNumberComes() {
        Received r = receive("text-user-id.json");
        assertThat(r.conversation().contact()).startsWith("BR.13491208655302741918");
        assertThat(r.message().text()).isEqualTo("oi, vi o anúncio");
    }

    @Test
    void shouldTakeVoiceNotesAndAudioFilesAsAudioWithTheMediaId() {
        assertThat(receive("audio-voice.json").message().attachments()).containsExactly(
                new Attachment("audio", "audio/ogg; codecs=opus", "1003383421387256", null, null));
        assertThat(receive("audio.json").message().attachments()).containsExactly(
                new Attachment("audio", "audio/mpeg", "1003383421387257", null, null));
    }

    @Test
    void shouldTakeImagesDocumentsVideosAndStickersWithTheirCaptions() {
        assertThat(receive("image.json").message().attachments()).containsExactly(
                new Attachment("image", "image/jpeg", "1479537139650973", null, "esse tem no tamanho M?"));
        assertThat(receive("document.json").message().attachments()).containsExactly(
                new Attachment("document", "application/pdf", "1003383421387258", null, "segue a nota fiscal"));
        assertThat(receive("video.json").message().attachments()).containsExactly(
                new Attachment("video", "video/mp4", "1003383421387259", null, "olha o defeito"));
        assertThat(receive("sticker.json").message().attachments()).containsExactly(
                new Attachment("sticker", "image/webp", "1003383421387260", null, null));
    }

    @Test
    void shouldWriteALocationAsItsNameAddressAndCoordinates() {
        assertThat(receive("location.json").message().text())
                .isEqualTo("📍 MASP, Av. Paulista, 1578 - Bela Vista, São Paulo - SP (-23.561414, -46.655881)");
    }

    @Test
    void shouldSummariseSharedContacts() {
        assertThat(receive("contacts.json").message().text()).isEqualTo("👤 João Lima: +55 11 98888-7777");
    }

    @Test
    void shouldTakeATappedButtonOrListRowAsItsTitleAndKeepItsId() {
        Received button = receive("interactive-button-reply.json");
        assertThat(button.message().text()).isEqualTo("Rastrear pedido");
        assertThat(button.message().attachments()).containsExactly(new Attachment("reply", null, "track-order", null, null));
        Received row = receive("interactive-list-reply.json");
        assertThat(row.message().text()).isEqualTo("Tamanho M");
        assertThat(row.message().attachments()).containsExactly(new Attachment("reply", null, "size-m", null, null));
        Received quickReply = receive("button.json");
        assertThat(quickReply.message().text()).isEqualTo("Quero continuar");
        assertThat(quickReply.message().attachments()).containsExactly(
                new Attachment("reply", null, "quero-retomar", null, null));
    }

    @Test
    void shouldReadATappedRowWhoseTitleWasCutAsTheWholeAnswerItsIdKeeps() {
        Received row = receive("interactive-list-reply-cut.json");
        assertThat(row.message().text()).isEqualTo("Tênis Nike Revolution 7 Masculino Preto");
        assertThat(row.message().attachments()).containsExactly(
                new Attachment("reply", null, "Tênis Nike Revolution 7 Masculino Preto", null, null));
    }

    @Test
    void shouldRecordAReactionWithTheMessageItIsOn() {
        Received r = receive("reaction.json");
        assertThat(r.message().text()).isEqualTo("👍");
        assertThat(r.message().attachments()).containsExactly(new Attachment("reaction", null,
                "wamid.HBgLMTU1NTA3ODM4ODEVAgARGBJCQzg1QUI1NUU1REI4RDZFQjcA", null, null));
        // a reaction alone asks for nothing: no turn is due for it; it is read with the customer's next message
        assertThat(jdbc.sql("SELECT count(*) FROM turn_queue WHERE conversation_id = ? AND due_at IS NOT NULL")
                .param(r.conversation().id().value()).query(Long.class).single()).isZero();
        assertThat(r.conversation().messages()).extracting(MessageView::direction).containsOnly(Direction.INBOUND);
    }

    @Test
    void shouldStoreAnUnsupportedMessageAndAnswerItPolitely() {
        Received r = receive("unsupported.json");
        assertThat(r.message().attachments()).containsExactly(new Attachment("unsupported", null, "unsupported", null, null));
        assertThat(firstReply(r.conversation().id()))
                .isEqualTo("Esse tipo de mensagem eu ainda não consigo abrir. Pode mandar em texto?");
    }

    @Test
    void shouldNotStoreWhatIsNoCustomersMessageNorWhatBreaksTheLimits() {
        for (String file : new String[] {"system.json", "reaction-removed.json"}) {
            String wamid = "wamid.HBgL" + UUID.randomUUID().toString().replace("-", "");
            var response = meta.post(WebhookClient.payload(file, Map.of("wa_id", "5531900000009", "id", wamid)));
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.body()).as(file).contains("\"received\":0");
            assertThat(stored(wamid)).as(file).isZero();
        }
        // signed by Meta, so answered 200 (a retry would bring it back), but not stored: longer than any text kept
        String wamid = "wamid.HBgL" + UUID.randomUUID().toString().replace("-", "");
        var response = meta.post(WebhookClient.payload("text.json", Map.of("wa_id", "5531900000010", "id", wamid,
                "body", "a".repeat(5000))));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"received\":1");
        assertThat(stored(wamid)).isZero();
    }

}
