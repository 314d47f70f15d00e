package io.atende.engine.local;

import static io.atende.engine.local.LabelledTurnsTest.said;
import static io.atende.engine.local.LabelledTurnsTest.understood;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.journey.JourneyState;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.shared.ConversationId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opting out of proactive messages with the local engine over the demo pack: strict, and confirmed in pt-BR. */
class OptOutCuesTest {

    private static Pack pack;
    private static LocalEngine engine;

    @BeforeAll
    static void load() {
        pack = PackLoader.load(Path.of("packs/demo-store"));
        engine = new LocalEngine(pack, KnowledgeBase.inMemory(pack));
    }

    private static EngineDecision ask(String text, JourneyState journey) {
        return engine.decide(new EngineRequest(ConversationId.random(), List.of(text), List.of(), Map.of(), journey));
    }

    private static <T extends EngineCommand> List<T> commands(EngineDecision d, Class<T> type) {
        return d.commands().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PARAR", "parar", "Sair", "sair.", "STOP", "não quero mais mensagens",
            "nao quero mais receber msg", "pare de me mandar mensagens", "Por favor, parem de me mandar mensagem!",
            "me tira da lista"})
    void shouldRecordAnOptOutWithTheCustomersWordsAndConfirmIt(String text) {
        EngineDecision d = ask(text, null);
        assertThat(understood(d).intent()).isEqualTo("opt_out");
        assertThat(commands(d, EngineCommand.OptOut.class)).singleElement()
                .satisfies(o -> assertThat(o.text()).isEqualTo(text));
        assertThat(said(d)).isEqualTo(pack.messages().render("opt_out_confirmed", Map.of()))
                .contains("não vai mais receber mensagens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"quero sair da fila", "meu ventilador parou de funcionar", "pode parar a entrega?",
            "não quero parar de receber mensagens", "como faço pra sair do cadastro de vocês?", "cancela",
            "parar de fumar"})
    void shouldNotReadAnOptOutIntoOtherMessages(String text) {
        EngineDecision d = ask(text, null);
        assertThat(commands(d, EngineCommand.OptOut.class)).isEmpty();
        assertThat(commands(d, EngineCommand.OptIn.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quero voltar a receber mensagens", "podem voltar a me mandar mensagens",
            "quero receber mensagens de novo"})
    void shouldRecordAnOptInAgain(String text) {
        EngineDecision d = ask(text, null);
        assertThat(understood(d).intent()).isEqualTo("opt_in");
        assertThat(commands(d, EngineCommand.OptIn.class)).singleElement()
                .satisfies(o -> assertThat(o.text()).isEqualTo(text));
        assertThat(commands(d, EngineCommand.OptOut.class)).isEmpty();
        assertThat(said(d)).isEqualTo(pack.messages().render("opt_in_confirmed", Map.of()));
    }

    @Test
    void shouldOptOutWithoutGivingUpTheJourneyInProgress() {
        EngineDecision started = ask("cadê meu pedido?", null);
        JourneyState waiting = commands(started, EngineCommand.SetJourney.class).getLast().state();
        // "não quero mais" alone gives up a journey; "não quero mais mensagens" is about messages, not the order
        EngineDecision d = ask("não quero mais mensagens", waiting);
        assertThat(commands(d, EngineCommand.OptOut.class)).hasSize(1);
        assertThat(commands(d, EngineCommand.ClearJourney.class)).isEmpty();
        assertThat(commands(d, EngineCommand.SetJourney.class)).isEmpty();
    }
}
