package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.atende.conversation.JdbcOutboundBubbles.Report.ADVANCED;
import static io.atende.conversation.JdbcOutboundBubbles.Report.KEPT_UNTIL_SENT;
import static io.atende.conversation.JdbcOutboundBubbles.Report.STALE;

import io.atende.shared.Choice;
import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** What every {@link MessageStore} adapter must do; run on H2 and PostgreSQL. */
abstract class MessageStoreContract extends StoreTestBase {

    private JdbcOutboundBubbles bubbles;

    @org.junit.jupiter.api.BeforeEach
    void bubbles() {
        bubbles = new JdbcOutboundBubbles(jdbc);
    }

    @Test
    void shouldRejectASecondMessageWithTheSameChannelAndExternalId() {
        var id = newConversation("m1");
        messages.insertInbound(id, InboundMessage.text(Channel.API, "m1", "ext-1", "oi"), t0);
        assertThatThrownBy(() -> messages.insertInbound(id, InboundMessage.text(Channel.API, "m1", "ext-1", "oi"), t0))
                .isInstanceOf(DuplicateKeyException.class);
        // the same id on another channel is another message
        messages.insertInbound(id, InboundMessage.text(Channel.WEBCHAT, "m1", "ext-1", "oi"), t0);
        assertThat(messages.findByExternalId(Channel.API, "ext-1")).get()
                .extracting(MessageStore.StoredMessageRef::conversationId).isEqualTo(id);
    }

    @Test
    void shouldAllowManyMessagesWithoutExternalId() {
        var id = newConversation("m2");
        messages.insertInbound(id, InboundMessage.text(Channel.API, "m2", null, "um"), t0);
        messages.insertInbound(id, InboundMessage.text(Channel.API, "m2", null, "dois"), t0);
        assertThat(messages.pendingInbound(id)).extracting(MessageView::text).containsExactly("um", "dois");
    }

    @Test
    void shouldSealTextAndAttachmentsAtRest() {
        var id = newConversation("m3");
        var attachment = new Attachment("image", "image/jpeg", "media-1", 1234L, "foto do produto");
        messages.insertInbound(id, new InboundMessage(Channel.API, "m3", "x", "meu CPF é 529.982.247-25",
                List.of(attachment), null), t0);
        assertThat(jdbc.sql("SELECT text || attachments FROM messages").query(String.class).single())
                .doesNotContain("529.982.247-25").doesNotContain("foto do produto");
        MessageView stored = messages.pendingInbound(id).getFirst();
        assertThat(stored.text()).isEqualTo("meu CPF é 529.982.247-25");
        assertThat(stored.attachments()).containsExactly(attachment);
    }

    @Test
    void shouldKeepTheAnswersAReplyOffersAndItsPictureSealedAtRest() {
        var id = newConversation("m3b");
        List<Choice> choices = List.of(new Choice("Tênis Nike Revolution 7", "R$ 279,90"), new Choice("Não"));
        MessageId out = messages.insertOutbound(id, null, Channel.WHATSAPP, "agent", "Qual deles?", choices,
                "https://loja.test/i/tns-1.jpg", "pending", t0);
        messages.insertOutbound(id, null, Channel.WHATSAPP, "agent", "Só texto", "pending", t0);

        assertThat(jdbc.sql("SELECT presentation FROM messages WHERE id = ?").param(out.value()).query(String.class)
                .single()).startsWith("enc").doesNotContain("Revolution").doesNotContain("loja.test");
        List<MessageView> stored = messages.after(id, 0, 10);
        assertThat(stored.getFirst().choices()).isEqualTo(choices);
        assertThat(stored.getFirst().image()).isEqualTo("https://loja.test/i/tns-1.jpg");
        assertThat(stored.getLast().choices()).isEmpty();
        assertThat(stored.getLast().image()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM messages WHERE presentation IS NULL").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void shouldLinkAnsweredMessagesToTheirTurn() {
        var id = newConversation("m4");
        MessageId in1 = messages.insertInbound(id, InboundMessage.text(Channel.API, "m4", "a", "um"), t0);
        MessageId in2 = messages.insertInbound(id, InboundMessage.text(Channel.API, "m4", "b", "dois"), t0);
        TurnId turn = tx.execute(s -> conversations.insertTurn(id, "test", "i1", 2, t0, t0, t0));
        messages.insertOutbound(id, turn, Channel.API, "agent", "resposta", "sent", t0);
        messages.markAnswered(List.of(in1, in2), turn, t0);
        assertThat(messages.pendingInbound(id)).isEmpty();
        assertThat(messages.answeringTurn(in1)).contains(turn);
        assertThat(messages.outboundOf(turn)).extracting(MessageView::text).containsExactly("resposta");
        assertThat(messages.conversationOf(in2)).contains(id);
    }

    @Test
    void shouldPageMessagesInOrder() {
        var id = newConversation("m5");
        for (int i = 1; i <= 5; i++) {
            messages.insertInbound(id, InboundMessage.text(Channel.API, "m5", "p" + i, "msg " + i), t0);
        }
        List<MessageView> all = messages.after(id, 0, 100);
        assertThat(all).extracting(MessageView::text).containsExactly("msg 1", "msg 2", "msg 3", "msg 4", "msg 5");
        assertThat(all).extracting(MessageView::direction).containsOnly(Direction.INBOUND);
        assertThat(messages.after(id, all.get(2).id().value(), 100)).extracting(MessageView::text)
                .containsExactly("msg 4", "msg 5");
        assertThat(messages.lastBefore(id, all.get(4).id().value(), 2)).extracting(MessageView::text)
                .containsExactly("msg 3", "msg 4");
    }

    @Test
    void shouldOnlyMoveDeliveryStatusForwardWhateverOrderReportsArriveIn() {
        MessageId out = sentOnWhatsApp(newConversation("m6"), "wamid.OUT1");

        assertThat(bubbles.report(Channel.WHATSAPP, "wamid.OUT1", DeliveryStatus.READ, null, t0)).isEqualTo(ADVANCED);
        for (DeliveryStatus late : List.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED, DeliveryStatus.FAILED)) {
            assertThat(bubbles.report(Channel.WHATSAPP, "wamid.OUT1", late, "131047 x", t0)).isEqualTo(STALE);
        }
        bubbles.settle(out, t0);
        assertThat(statusOf(out)).isEqualTo("read");
        // another channel's message with the same id is another bubble
        assertThat(bubbles.messageOf(Channel.API, "wamid.OUT1")).isEmpty();
    }

    @Test
    void shouldKeepTheFailureCodeOfAFailedDelivery() {
        MessageId out = sentOnWhatsApp(newConversation("m7"), "wamid.OUT2");
        bubbles.report(Channel.WHATSAPP, "wamid.OUT2", DeliveryStatus.FAILED, "131047 Re-engagement message", t0);
        assertThat(bubbles.report(Channel.WHATSAPP, "wamid.OUT2", DeliveryStatus.SENT, null, t0)).isEqualTo(STALE);
        bubbles.settle(out, t0);
        assertThat(statusOf(out) + " " + jdbc.sql("SELECT delivery_error FROM messages WHERE id = ?")
                .param(out.value()).query(String.class).single()).isEqualTo("failed 131047 Re-engagement message");
    }

    @Test
    void shouldApplyAStatusThatCameBeforeItsBubbleWasRecorded() {
        var id = newConversation("m8");
        assertThat(bubbles.report(Channel.WHATSAPP, "wamid.EARLY", DeliveryStatus.DELIVERED, null, t0))
                .isEqualTo(KEPT_UNTIL_SENT);
        assertThat(bubbles.report(Channel.WHATSAPP, "wamid.EARLY", DeliveryStatus.SENT, null, t0)).isEqualTo(STALE);
        MessageId out = messages.insertOutbound(id, null, Channel.WHATSAPP, "agent", "oi", "sent", t0);
        bubbles.sentAndSettle(out, Channel.WHATSAPP, List.of("wamid.EARLY"), t0);
        assertThat(bubbles.messageOf(Channel.WHATSAPP, "wamid.EARLY")).contains(out);
        assertThat(statusOf(out)).isEqualTo("delivered");
    }

    @Test
    void shouldCountAReplyReadOnlyWhenEveryBubbleWasRead() {
        var id = newConversation("m9");
        MessageId out = messages.insertOutbound(id, null, Channel.WHATSAPP, "agent", "um. dois.", "sent", t0);
        bubbles.sentAndSettle(out, Channel.WHATSAPP, List.of("wamid.B1", "wamid.B2"), t0);
        bubbles.report(Channel.WHATSAPP, "wamid.B1", DeliveryStatus.READ, null, t0);
        bubbles.report(Channel.WHATSAPP, "wamid.B2", DeliveryStatus.DELIVERED, null, t0);
        bubbles.settle(out, t0);
        assertThat(statusOf(out)).isEqualTo("delivered");
        bubbles.report(Channel.WHATSAPP, "wamid.B2", DeliveryStatus.READ, null, t0);
        bubbles.settle(out, t0);
        assertThat(statusOf(out)).isEqualTo("read");
    }

    @Test
    void shouldLeaveAPendingReplyToTheDeliveryWorkerWhatEverItsFirstBubblesReport() {
        var id = newConversation("m10");
        MessageId out = messages.insertOutbound(id, null, Channel.WHATSAPP, "agent", "um. dois.", "pending", t0);
        bubbles.sentAndSettle(out, Channel.WHATSAPP, List.of("wamid.P1"), t0);
        bubbles.report(Channel.WHATSAPP, "wamid.P1", DeliveryStatus.READ, null, t0);
        assertThat(bubbles.settle(out, t0)).isFalse();
        assertThat(statusOf(out)).isEqualTo("pending");
    }

    private String statusOf(MessageId out) {
        return jdbc.sql("SELECT delivery_status FROM messages WHERE id = ?").param(out.value()).query(String.class).single();
    }

    /** A sent reply with the wamid Meta returned for it, as the delivery worker records it. */
    private MessageId sentOnWhatsApp(io.atende.shared.ConversationId id, String wamid) {
        MessageId out = messages.insertOutbound(id, null, Channel.WHATSAPP, "agent", "oi", "sent", t0);
        jdbc.sql("UPDATE messages SET external_id = ? WHERE id = ?").params(wamid, out.value()).update();
        bubbles.sentAndSettle(out, Channel.WHATSAPP, List.of(wamid), t0);
        return out;
    }
}
