package io.atende.engine.llm;

import static io.atende.engine.llm.LlmEngineTest.said;
import static io.atende.engine.llm.LlmEngineTest.system;
import static io.atende.engine.llm.LlmEngineTest.turn;
import static io.atende.engine.llm.ScriptedGateway.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineDecision;
import io.atende.engine.local.UnavailableTools;
import io.atende.knowledge.KnowledgeBase;
import io.atende.llm.Feature;
import io.atende.llm.LlmMessage;
import io.atende.llm.LlmRequest;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.testsupport.AtendeTest;
import io.atende.tool.HttpToolCaller;
import io.atende.tool.ToolCaller;
import io.atende.tool.ToolEnvironment;
import io.atende.tool.ToolPacks;
import io.atende.tool.ToolProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** The decision model calls the demo store API's tools over real HTTP; code checks the arguments and the bound. */
@AtendeTest(webEnvironment = WebEnvironment.NONE, properties = "atende.tool.demo-api=on")
class LlmEngineToolsTest {

    private static final int ROUNDS = 2;

    @Autowired
    ToolEnvironment environment;

    private Pack pack;
    private KnowledgeBase knowledge;
    private ScriptedGateway model;
    private LlmEngine engine;
    /** The calls that reached the HTTP tool runtime. */
    private final List<String> reached = new ArrayList<>();

    @BeforeEach
    void engine() {
        pack = PackLoader.load(Path.of("packs/demo-store"));
        knowledge = KnowledgeBase.inMemory(pack);
        ToolCaller http = new HttpToolCaller(ToolPacks.fixed(pack), ToolProperties.defaults(), environment);
        ToolCaller recorded = (tool, arguments) -> {
            reached.add(tool);
            return http.call(tool, arguments);
        };
        model = new ScriptedGateway();
        engine = LlmEngine.overLocal(pack, knowledge, new UnavailableTools(), recorded, model, Clock.systemUTC(),
                ROUNDS);
    }

    private static List<LlmMessage.ToolResult> toolResults(LlmRequest request) {
        return request.messages().stream().filter(LlmMessage.ToolResult.class::isInstance)
                .map(LlmMessage.ToolResult.class::cast).toList();
    }

    @Test
    void shouldCallTheStoreApiAndHaveTheConversationModelPhraseTheResult() {
        model.thenCall(call("consultar_pedido", "{\"numero\":\"123456\"}"))
                .thenSay("")
                .thenSay("Seu pedido 123456 está em transporte com os Correios e a previsão de entrega é 28/11.");

        EngineDecision d = engine.decide(turn("vocês conseguem ver em que pé está a minha compra 123456?"));

        assertThat(said(d)).isEqualTo(
                "Seu pedido 123456 está em transporte com os Correios e a previsão de entrega é 28/11.");
        assertThat(reached).containsExactly("consultar_pedido");
        assertThat(toolResults(model.requests(Feature.DECISION).get(1))).singleElement()
                .satisfies(r -> assertThat(r.content()).contains("Correios", "BR123456789BR"));
        assertThat(system(model.requests(Feature.CONVERSATION).getFirst())).contains("BR123456789BR", "28/11");
    }

    @Test
    void shouldNotSendACallWithArgumentsTheToolDoesNotDeclare() {
        model.thenCall(call("consultar_pedido", "{\"numero\":\"123456\",\"cpf\":\"52998224725\"}"))
                .thenCall(call("consultar_pedido", "{\"numero\": true}"))
                .thenSay("")
                .thenSay("Não consegui consultar agora. Pode me confirmar o número do pedido?");

        EngineDecision d = engine.decide(turn("vê aí minha compra, por favor"));

        assertThat(reached).isEmpty();
        assertThat(said(d)).isEqualTo("Não consegui consultar agora. Pode me confirmar o número do pedido?");
        assertThat(toolResults(model.requests(Feature.DECISION).get(1))).singleElement()
                .satisfies(r -> assertThat(r.content()).contains("INVALID_ARGUMENT", "cpf"));
    }

    @Test
    void shouldTellTheModelWhenTheToolRuntimeRefusesAnInvalidCpf() {
        model.thenCall(call("consultar_credito", "{\"cpf\":\"123.456.789-00\",\"valor\":900,\"parcelas\":3}"))
                .thenSay("")
                .thenSay("Esse CPF não parece válido. Pode conferir os números?");

        EngineDecision d = engine.decide(turn("quero ver meu crédito, cpf 123.456.789-00, 900 em 3 vezes"));

        assertThat(said(d)).isEqualTo("Esse CPF não parece válido. Pode conferir os números?");
        assertThat(toolResults(model.requests(Feature.DECISION).get(1))).singleElement()
                .satisfies(r -> assertThat(r.content()).contains("INVALID_ARGUMENT"));
    }

    @Test
    void shouldStopAToolLoopAtTheBoundAndStillAnswer() {
        for (int i = 0; i <= ROUNDS; i++) {
            model.thenCall(call("consultar_pedido", "{\"numero\":\"123456\"}"));
        }
        model.thenSay("Seu pedido 123456 está com os Correios, com previsão de entrega em 28/11.");

        EngineDecision d = engine.decide(turn("e a minha compra 123456, como está?"));

        // ROUNDS calls ran; the model's next call was refused and the conversation model answered from them
        assertThat(model.requests(Feature.DECISION)).hasSize(ROUNDS + 1);
        assertThat(reached).hasSize(ROUNDS);
        assertThat(said(d)).isEqualTo("Seu pedido 123456 está com os Correios, com previsão de entrega em 28/11.");
    }
}
