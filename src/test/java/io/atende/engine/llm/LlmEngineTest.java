package io.atende.engine.llm;

import static io.atende.engine.llm.ScriptedGateway.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.engine.local.LocalEngine;
import io.atende.engine.local.UnavailableTools;
import io.atende.journey.JourneyState;
import io.atende.knowledge.KnowledgeBase;
import io.atende.llm.Feature;
import io.atende.llm.LlmException;
import io.atende.llm.LlmMessage;
import io.atende.llm.LlmRequest;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM engine over the demo pack, with a scripted model: what the customer gets and what is recorded. */
class LlmEngineTest {

    private static Pack pack;
    private static KnowledgeBase knowledge;
    private static LocalEngine local;
    private ScriptedGateway model;
    private LlmEngine engine;

    @BeforeAll
    static void load() {
        pack = PackLoader.load(Path.of("packs/demo-store"));
        knowledge = KnowledgeBase.inMemory(pack);
        local = new LocalEngine(pack, knowledge, new UnavailableTools(), Clock.systemUTC());
    }

    @BeforeEach
    void engine() {
        model = new ScriptedGateway();
        engine = new LlmEngine(pack, knowledge, new UnavailableTools(), null, model, local, Clock.systemUTC());
    }

    static EngineRequest turn(String text, JourneyState journey, Map<String, String> attributes) {
        return new EngineRequest(ConversationId.random(), List.of(text), List.of(), attributes, journey);
    }

    static EngineRequest turn(String text) {
        return turn(text, null, Map.of());
    }

    static String said(EngineDecision decision) {
        return String.join("\n", decision.commands().stream().filter(EngineCommand.Say.class::isInstance)
                .map(c -> ((EngineCommand.Say) c).text()).toList());
    }

    static String system(LlmRequest request) {
        return ((LlmMessage.System) request.messages().getFirst()).text();
    }

    @Test
    void shouldStartTheJourneyTheDecisionModelChoseWithTheJourneysOwnQuestion() {
        model.thenCall(call("start_journey", "{\"journey\":\"status_pedido\"}"));

        EngineDecision d = engine.decide(turn("comprei uma panela semana passada e queria ver como ela está"));

        assertThat(said(d)).contains("Qual é o número do pedido?");
        assertThat(d.commands()).contains(new EngineCommand.Understood("status_pedido", 1, "llm"),
                new EngineCommand.SetJourney(new JourneyState("status_pedido", "pedir_numero", 0, Map.of())));
    }

    @Test
    void shouldCaptureAValidCpfTheJourneyWaitsForAndGoOn() {
        model.thenCall(call("set_attribute", "{\"name\":\"cpf\",\"value\":\"529.982.247-25\"}"));

        EngineDecision d = engine.decide(turn("claro, é 529.982.247-25",
                new JourneyState("crediario", "pedir_cpf", 0, Map.of()), Map.of("autoriza_consulta", "true")));

        assertThat(d.commands()).contains(new EngineCommand.SetAttribute("cpf", "529.982.247-25"),
                new EngineCommand.SetJourney(new JourneyState("crediario", "pedir_valor", 0, Map.of())));
        assertThat(said(d)).contains("Qual é o valor da compra");
        assertThat(system(model.requests(Feature.DECISION).getFirst()))
                .contains("jornada \"crediario\"", "Qual é o seu CPF?", "\"cpf\", do tipo cpf",
                        "dígitos verificadores", "autoriza_consulta: true");
    }

    @Test
    void shouldAnswerAnInvalidCpfWithTheValidatorsRetryWhateverTheModelThought() {
        model.thenCall(call("set_attribute", "{\"name\":\"cpf\",\"value\":\"123.456.789-00\"}"));
        EngineRequest request = turn("é 123.456.789-00", new JourneyState("crediario", "pedir_cpf", 0, Map.of()),
                Map.of("autoriza_consulta", "true"));

        EngineDecision d = engine.decide(request);

        assertThat(d.commands()).noneMatch(EngineCommand.SetAttribute.class::isInstance)
                .contains(new EngineCommand.SetJourney(new JourneyState("crediario", "pedir_cpf", 1, Map.of())));
        assertThat(said(d)).isNotBlank().isEqualTo(said(local.decide(request)));
        assertThat(d.commands().getFirst()).isEqualTo(new EngineCommand.Understood("set_attribute", 1, "llm"));
    }

    @Test
    void shouldAnswerWithTheLocalReplyWhenTheModelFails() {
        model.thenFail(LlmException.Kind.TIMEOUT);
        EngineRequest request = turn("qual o prazo para devolver um produto?");

        assertThat(engine.decide(request)).isEqualTo(local.decide(request));
    }

    @Test
    void shouldAnswerWithTheLocalReplyWhenTheModelCallsAnUnknownFunctionOrWritesBadArguments() {
        EngineRequest request = turn("qual o prazo para devolver um produto?");
        model.thenCall(call("delete_all_orders", "{}"));
        assertThat(engine.decide(request)).isEqualTo(local.decide(request));

        model.thenCall(call("start_journey", "{\"journey\": 42}"));
        assertThat(engine.decide(request)).isEqualTo(local.decide(request));

        model.thenCall(call("answer_from_knowledge", "{query: devolução"));
        assertThat(engine.decide(request)).isEqualTo(local.decide(request));
    }

    @Test
    void shouldWriteTheAnswerFromTheRetrievedSectionsAndSendThemAndTheJourneysToTheModels() {
        model.thenCall(call("answer_from_knowledge", "{\"query\":\"direito de arrependimento: devolver uma compra\"}"))
                .thenSay("Você pode desistir em até 7 dias corridos a partir do recebimento, sem explicar o motivo.");

        EngineDecision d = engine.decide(turn("me arrependi da compra, posso devolver?"));

        assertThat(said(d)).isEqualTo(
                "Você pode desistir em até 7 dias corridos a partir do recebimento, sem explicar o motivo.");
        String decision = system(model.requests(Feature.DECISION).getFirst());
        pack.journeys().forEach(j -> assertThat(decision).contains(j.name()));
        assertThat(decision).contains("cadê meu pedido", "Crediário Aurora");
        assertThat(model.requests(Feature.DECISION).getFirst().tools()).extracting("name")
                .contains("start_journey", "set_attribute", "answer_from_knowledge", "search_products", "hand_off");
        assertThat(system(model.requests(Feature.CONVERSATION).getFirst()))
                .contains("Direito de arrependimento", "em até 7 dias corridos a partir do recebimento");
    }

    @Test
    void shouldRegenerateADraftWithAnInventedPriceAndKeepTheGroundedOne() {
        model.thenCall(call("search_products", "{\"query\":\"air fryer\"}"))
                .thenSay("A air fryer sai por R$ 99,90, uma pechincha!")
                .thenSay("Temos algumas air fryers, quer que eu te mostre as opções?");

        EngineDecision d = engine.decide(turn("vocês vendem fritadeira sem óleo?"));

        assertThat(said(d)).isEqualTo("Temos algumas air fryers, quer que eu te mostre as opções?");
        List<LlmRequest> drafts = model.requests(Feature.CONVERSATION);
        assertThat(drafts).hasSize(2);
        assertThat(system(drafts.get(1))).contains("99,90").contains("não aparecem nas fontes");
    }

    @Test
    void shouldOfferTheProductsTheReplyNamesToTapAndShowThePictureOfTheOnlyOne() {
        model.thenCall(call("search_products", "{\"query\":\"air fryer mondial\"}"))
                .thenSay("Tenho a Air Fryer Mondial 4L Family AFN-40-BI 127V por R$ 349,90 e a air fryer mondial 4l "
                        + "family afn-40-bi 220v por R$ 349,90. Qual voltagem é a sua?");
        EngineCommand.Say two = says(engine.decide(turn("tem air fryer mondial?")));
        assertThat(two.choices()).extracting(Choice::title).containsExactlyInAnyOrder(
                "Air Fryer Mondial 4L Family AFN-40-BI 127V", "Air Fryer Mondial 4L Family AFN-40-BI 220V");
        assertThat(two.choices()).extracting(Choice::detail).containsOnly("R$ 349,90");
        assertThat(two.image()).isNull();

        model.thenCall(call("search_products", "{\"query\":\"air fryer mondial\"}"))
                .thenSay("A Air Fryer Mondial 4L Family AFN-40-BI 127V sai por R$ 349,90.");
        EngineCommand.Say one = says(engine.decide(turn("tem air fryer mondial 127v?")));
        assertThat(one.choices()).isEmpty();
        assertThat(one.image()).isEqualTo("https://casaaurora.com.br/img/COZ-0001.jpg");
    }

    private static EngineCommand.Say says(EngineDecision decision) {
        return decision.commands().stream().filter(EngineCommand.Say.class::isInstance).map(EngineCommand.Say.class::cast)
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void shouldFallBackWhenTheRegeneratedDraftStillInventsAFigure() {
        model.thenCall(call("search_products", "{\"query\":\"air fryer\"}"))
                .thenSay("A air fryer sai por R$ 99,90.")
                .thenSay("Essa sai por R$ 79,90 e chega em 2 dias úteis.");
        EngineRequest request = turn("vocês vendem fritadeira sem óleo?");

        EngineDecision d = engine.decide(request);

        assertThat(d).isEqualTo(local.decide(request));
        assertThat(said(d)).doesNotContain("R$ 79,90", "R$ 99,90");
    }

    @Test
    void shouldKeepOptOutACodeRuleWithoutAskingAnyModel() {
        EngineDecision d = engine.decide(turn("PARAR"));

        assertThat(d.commands()).anyMatch(EngineCommand.OptOut.class::isInstance);
        assertThat(model.requests).isEmpty();
    }

    @Test
    void shouldHandTheConversationToAPersonWithThePacksMessage() {
        model.thenCall(call("hand_off", "{\"reason\":\"cliente quer negociar um desconto\"}"));

        EngineDecision d = engine.decide(turn("consigo um desconto maior se eu levar três?"));

        assertThat(d.commands()).contains(new EngineCommand.RequestHandoff("cliente quer negociar um desconto"));
        assertThat(said(d)).isEqualTo(pack.messages().render("handoff_registered", Map.of()));
    }

    @Test
    void shouldCancelTheJourneyWithThePacksMessage() {
        model.thenCall(call("cancel_journey", "{}"));

        EngineDecision d = engine.decide(turn("esquece isso, depois eu vejo",
                new JourneyState("status_pedido", "pedir_numero", 0, Map.of()), Map.of()));

        assertThat(d.commands()).contains(new EngineCommand.ClearJourney("status_pedido", "cancelled"));
        assertThat(said(d)).isEqualTo(pack.messages().render("journey_cancelled", Map.of()));
    }

    @Test
    void shouldCallAJourneysToolOnceWhenBothEnginesWalkTheSameStepAndCloseTheJourneyKindly() {
        List<String> calls = new java.util.ArrayList<>();
        io.atende.journey.ToolCaller store = (tool, parameters) -> {
            calls.add(tool + " " + parameters.get("numero"));
            return new io.atende.journey.ToolCaller.Result.Answered(Map.of("status", "em_transporte",
                    "transportadora", "Correios", "previsao_entrega", "28/11", "rastreio", "BR123456789BR"));
        };
        LlmEngine shared = LlmEngine.overLocal(pack, knowledge, store, null, model, Clock.systemUTC(),
                LlmEngine.DEFAULT_MAX_TOOL_ROUNDS);
        model.thenCall(call("set_attribute", "{\"name\":\"numero_pedido\",\"value\":\"123456\"}"))
                .thenSay("Qualquer outra dúvida, é só me chamar!");

        EngineDecision d = shared.decide(turn("é o 123456",
                new JourneyState("status_pedido", "pedir_numero", 0, Map.of()), Map.of()));

        assertThat(calls).containsExactly("consultar_pedido 123456");
        assertThat(said(d)).contains("a caminho com a Correios", "BR123456789BR")
                .endsWith("Qualquer outra dúvida, é só me chamar!");
        assertThat(d.commands()).contains(new EngineCommand.ClearJourney("status_pedido", "status_informado"));
        assertThat(system(model.requests(Feature.CONVERSATION).getFirst())).contains("status_informado");
    }
}
