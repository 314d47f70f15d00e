package io.atende.engine.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand.SetAttribute;
import io.atende.journey.AttributeType;
import io.atende.journey.Journey;
import io.atende.journey.Step;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Corrections of attributes already captured, on the demo pack plus a delivery journey that asks a CEP, a phone and
 * an e-mail: "na verdade o CEP é 30140-071" replaces the CEP and the pending question is asked again.
 */
class JourneyCorrectionTest {

    private static LocalEngine engine;

    @BeforeAll
    static void load() {
        Pack demo = PackLoader.load(Path.of("packs/demo-store"));
        Journey delivery = new Journey("agendar_entrega", "Agendar a entrega de um pedido.",
                new Journey.Triggers(List.of(), List.of("quero agendar a entrega", "agendar entrega do meu pedido")),
                List.of(new Step.Ask("cep", "cep", AttributeType.CEP, "Qual é o CEP da entrega?", null, 2, "telefone", null),
                        new Step.Ask("telefone", "telefone", AttributeType.PHONE, "Qual telefone a transportadora liga?",
                                null, 2, "email", null),
                        new Step.Ask("email", "email", AttributeType.EMAIL, "E o seu e-mail?", null, 2, "fim", null),
                        new Step.Finish("fim", "entrega_agendada", "Entrega agendada para o CEP {{cep}}.")));
        List<Journey> journeys = new ArrayList<>(demo.journeys());
        journeys.add(delivery);
        Pack pack = new Pack(demo.directory(), demo.identity(), demo.products(), demo.knowledge(), demo.intents(),
                demo.messages(), demo.warnings(), demo.synonyms(), journeys);
        engine = new LocalEngine(pack, KnowledgeBase.inMemory(pack));
    }

    @Test
    void shouldReplaceACapturedCepAndAskThePendingQuestionAgain() {
        JourneyChat c = new JourneyChat(engine);
        assertThat(c.says("quero agendar a entrega")).isEqualTo("Qual é o CEP da entrega?");
        c.says("30140-070");
        assertThat(c.says("(31) 98765-4321")).isEqualTo("E o seu e-mail?");

        String reply = c.says("na verdade o CEP é 30140-071");
        assertThat(c.commands(SetAttribute.class)).containsExactly(new SetAttribute("cep", "30140-071"));
        assertThat(reply).isEqualTo("Anotado, corrigi para 30140-071.\nE o seu e-mail?");
        assertThat(c.step()).isEqualTo("email");

        assertThat(c.says("ana@exemplo.com.br")).isEqualTo("Entrega agendada para o CEP 30140-071.");
    }

    @Test
    void shouldPreferTheAttributeTheCorrectionNames() {
        JourneyChat c = new JourneyChat(engine);
        c.says("quero agendar a entrega");
        c.says("30140-070");
        c.says("31 98765-4321");
        // "telefone" is named: the digits are read as a phone, not as anything else the journey captured
        c.says("na verdade o telefone é 31 99876-5432");
        assertThat(c.commands(SetAttribute.class)).extracting(SetAttribute::name).containsExactly("telefone");
        assertThat(c.attributes).containsEntry("cep", "30140-070");
    }

    @Test
    void shouldTakeAnAnswerWithACorrectionWordAsTheAnswerWhenNothingCapturedChanges() {
        JourneyChat c = new JourneyChat(engine);
        c.says("quero agendar a entrega");
        assertThat(c.says("na verdade é 30140-071")).isEqualTo("Qual telefone a transportadora liga?");
        assertThat(c.attributes).containsEntry("cep", "30140-071");
    }
}
