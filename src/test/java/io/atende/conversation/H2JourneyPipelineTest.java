package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.local.LocalEngine;
import io.atende.journey.ToolCaller;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.shared.ConversationId;
import io.atende.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local engine's journeys through the real turn pipeline on H2: the journey state is stored with the
 * conversation after every turn, survives a restart of the application, and the API view shows it.
 */
class H2JourneyPipelineTest extends PipelineTestBase {

    private static Pack pack;
    private static KnowledgeBase knowledge;
    private int sent;

    /** The store API: order 123456 delivered 3 days ago. */
    private static final ToolCaller STORE_API = (tool, parameters) -> {
        Map<String, Object> order = new HashMap<>(Map.of("status", "entregue", "status_texto", "Entregue",
                "dias_desde_entrega", 3));
        order.put("code", null);
        return new ToolCaller.Result.Answered(order);
    };

    @BeforeAll
    static void load() {
        pack = PackLoader.load(Path.of("packs/demo-store"));
        knowledge = KnowledgeBase.inMemory(pack);
    }

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.h2();
    }

    /** One application instance with a fresh local engine: nothing of a journey survives in memory. */
    private Pipeline startInstance() {
        return started(new Pipeline(newPool(4), cipher, new LocalEngine(pack, knowledge, STORE_API,
                Clock.systemUTC()), new Aggregation(0, 0), Duration.ofSeconds(15)));
    }

    /** Sends a customer message and waits for the turn that answers it; returns the replies' text. */
    private String say(Pipeline p, String text) {
        Accepted accepted = p.service.accept(InboundMessage.text(Channel.API, "ana", "m" + (++sent), text));
        lastConversation = accepted.conversationId();
        return String.join("\n", p.service.awaitReplies(accepted.messageId(), Duration.ofSeconds(20)).orElseThrow()
                .replies().stream().map(MessageView::text).toList());
    }

    private ConversationId lastConversation;

    @Test
    void shouldKeepTheJourneyAcrossTurnsAndARestartAndShowItInTheConversation() {
        Pipeline first = startInstance();
        assertThat(say(first, "quero trocar um produto")).contains("Qual é o número do pedido?");
        ConversationView view = first.service.find(lastConversation).orElseThrow();
        assertThat(view.journey()).isEqualTo("troca_devolucao");

        assertThat(say(first, "123456")).isEqualTo("O produto chegou com defeito ou avaria?");
        assertThat(first.service.find(lastConversation).orElseThrow().attributes())
                .containsEntry("numero_pedido", "123456");
        // the journey state is sealed like the attributes: the order's status is not readable in the database
        assertThat(first.jdbc.sql("SELECT journey_state FROM conversations").query(String.class).single())
                .startsWith("enc1:").doesNotContain("entregue");

        first.close();
        Pipeline second = startInstance();
        // after the restart the pending question is still the defect one, and the tool answer is still known
        assertThat(say(second, "não")).contains("7 dias do direito de arrependimento", "Me conta em poucas palavras");
        view = second.service.find(lastConversation).orElseThrow();
        assertThat(view.journey()).isEqualTo("troca_devolucao");
        assertThat(view.attributes()).containsEntry("defeito", "false");

        say(second, "deixa pra lá");
        assertThat(second.service.find(lastConversation).orElseThrow().journey()).isNull();
        List<String> events = second.conversations.events(lastConversation).stream()
                .map(e -> e.type().equals("journey.ended") ? e.type() + ":" + e.payload().get("outcome") : e.type())
                .filter(t -> t.startsWith("journey.")).toList();
        assertThat(events).containsExactly("journey.started", "journey.ended:cancelled");
    }

    @Test
    void shouldRecordAConsentWithItsTimeAndTheTextShown() {
        Pipeline p = startInstance();
        say(p, "vocês têm crediário?");
        say(p, "sim, pode consultar");
        var consent = p.conversations.events(lastConversation).stream()
                .filter(e -> e.type().equals("consent.recorded")).findFirst().orElseThrow();
        assertThat(consent.payload()).containsEntry("attribute", "autoriza_consulta").containsEntry("granted", true)
                .containsKey("at");
        assertThat((String) consent.payload().get("text")).startsWith("Você autoriza a Casa Aurora a consultar seu CPF");
        assertThat(p.service.find(lastConversation).orElseThrow().attributes())
                .containsEntry("autoriza_consulta", "true");
    }
}
