package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.shared.ContactId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationStore} adapter must do; run on H2 and PostgreSQL. */
abstract class ConversationStoreContract extends StoreTestBase {

    @Test
    void shouldKeepOneContactPerChannelIdentity() {
        ContactId first = tx.execute(s -> conversations.lockContact(Channel.WHATSAPP, "5531999990000", "Ana", t0)).id();
        ContactId again = tx.execute(s -> conversations.lockContact(Channel.WHATSAPP, "5531999990000", "Ana", t0)).id();
        ContactId otherChannel = tx.execute(s -> conversations.lockContact(Channel.API, "5531999990000", null, t0)).id();
        assertThat(again).isEqualTo(first);
        assertThat(otherChannel).isNotEqualTo(first);
    }

    @Test
    void shouldFindTheOpenConversationOfAContact() {
        var id = newConversation("c1");
        assertThat(tx.execute(s -> conversations.lockContact(Channel.API, "c1", null, t0)).openConversation()).contains(id);
        assertThat(tx.execute(s -> conversations.lockContact(Channel.API, "new", null, t0)).openConversation()).isEmpty();
        assertThat(conversations.state(id)).get().satisfies(s -> {
            assertThat(s.status()).isEqualTo("open");
            assertThat(s.handoffState()).isEqualTo("none");
            assertThat(s.contact()).isEqualTo("c1");
            assertThat(s.attributes()).isEmpty();
        });
    }

    @Test
    void shouldSaveAttributesAndHandoffState() {
        var id = newConversation("c2");
        tx.executeWithoutResult(s -> conversations.saveState(id, Map.of("cpf", "529.982.247-25"), null, "requested",
                "pediu atendente", t0.plusSeconds(1)));
        var state = conversations.state(id).orElseThrow();
        assertThat(state.attributes()).containsEntry("cpf", "529.982.247-25");
        assertThat(state.handoffState()).isEqualTo("requested");
        assertThat(state.handoffReason()).isEqualTo("pediu atendente");
        assertThat(jdbc.sql("SELECT attributes FROM conversations").query(String.class).single())
                .doesNotContain("529.982.247-25").startsWith("enc1:");
    }

    @Test
    void shouldKeepALongHandoffReasonCutAtAWordInsteadOfFailingTheTurn() {
        var id = newConversation("c3");
        String subject = "por favor quero trocar um produto que chegou com defeito ".repeat(5);
        tx.executeWithoutResult(s -> conversations.saveState(id, Map.of(), null, "requested",
                "O cliente pediu para falar com uma pessoa. Assunto: " + subject, t0.plusSeconds(1)));
        String reason = conversations.state(id).orElseThrow().handoffReason();
        assertThat(reason).hasSizeLessThanOrEqualTo(200).startsWith("O cliente pediu para falar com uma pessoa.")
                .endsWith("…").doesNotContain(" …");
        tx.executeWithoutResult(s -> conversations.handoff(id, "taken", subject + subject, "ana", t0.plusSeconds(2)));
        assertThat(conversations.state(id).orElseThrow().handoffReason()).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void shouldKeepJourneyStateSealedWithToolAnswersAndClearIt() {
        var id = newConversation("c4");
        var results = new java.util.LinkedHashMap<String, Object>();
        results.put("pedido", Map.of("status", "entregue", "dias_desde_entrega", 3));
        var waiting = new io.atende.journey.JourneyState("troca_devolucao", "pedir_email", 1, results);
        tx.executeWithoutResult(s -> conversations.saveState(id, Map.of(), waiting, "none", null, t0.plusSeconds(1)));
        var state = conversations.state(id).orElseThrow();
        assertThat(state.journey()).isEqualTo("troca_devolucao");
        assertThat(state.journeyState()).isEqualTo(waiting);
        assertThat(jdbc.sql("SELECT journey_state FROM conversations").query(String.class).single())
                .doesNotContain("entregue").startsWith("enc1:");
        tx.executeWithoutResult(s -> conversations.saveState(id, Map.of(), null, "none", null, t0.plusSeconds(2)));
        assertThat(conversations.state(id).orElseThrow().journeyState()).isNull();
        assertThat(conversations.state(id).orElseThrow().journey()).isNull();
    }

    @Test
    void shouldAppendEventsInOrder() {
        var id = newConversation("c3");
        tx.executeWithoutResult(s -> {
            conversations.appendEvent(id, "a", Map.of("n", 1), t0);
            conversations.appendEvent(id, "b", Map.of("n", 2), t0);
            conversations.appendEvent(id, "c", null, t0);
        });
        assertThat(conversations.events(id)).extracting(ConversationStore.StoredEvent::type).containsExactly("a", "b", "c");
        assertThat(conversations.events(id).get(1).payload()).containsEntry("n", 2);
    }

    @Test
    void shouldLeaveTurnBookkeepingOutOfTheTimeline() {
        var id = newConversation("c4");
        tx.executeWithoutResult(s -> {
            conversations.appendEvent(id, "journey.started", Map.of("journey", "troca"), t0);
            conversations.appendEvent(id, ConversationStore.TURN_COMPLETED, Map.of("turn_id", 1), t0);
            conversations.appendEvent(id, "handoff.requested", Map.of("reason", "pediu"), t0);
        });
        assertThat(conversations.timeline(id)).extracting(ConversationStore.StoredEvent::type)
                .containsExactly("journey.started", "handoff.requested");
        assertThat(conversations.events(id)).hasSize(3);
    }

    @Test
    void shouldListRecentConversationsNewestFirst() {
        var older = newConversation("old");
        var newer = newConversation("new");
        tx.executeWithoutResult(s -> {
            conversations.touch(older, t0.plusSeconds(5));
            conversations.touch(newer, t0.plusSeconds(10));
        });
        assertThat(conversations.recent(10)).extracting(ConversationSummary::id).containsExactly(newer, older);
    }
}
