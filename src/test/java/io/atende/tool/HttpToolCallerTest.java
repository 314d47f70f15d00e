package io.atende.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.tool.ToolResult.FailureKind;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP tool caller against a real local server that answers, fails, breaks JSON and hangs. */
class HttpToolCallerTest {

    static final String TOOLS = """
            base_url:
              env: LOJA_API_URL
            tools:
              - name: score
                url: /score
                parameters:
                  - {name: cpf, type: cpf}
                  - {name: valor, type: number, required: false}
                headers:
                  X-Api-Key: "${LOJA_API_KEY}"
              - name: score_mapeado
                url: /score
                result:
                  pontos: /score
                  faixa: dados.faixa
                  ausente: /nao/existe
                reply: "Score {{pontos}}, faixa {{faixa}}"
              - name: credito
                method: POST
                url: /echo
                parameters:
                  - {name: cpf, type: cpf}
                  - {name: valor, type: number}
                  - {name: parcelas, type: integer}
                  - {name: defeito, type: boolean}
                  - {name: email, type: email, required: false}
              - name: pedido
                url: /pedidos/{numero}
                parameters:
                  - {name: numero, type: order_number}
                  - {name: cep, type: cep, required: false}
              - name: inexistente
                url: /missing
                accept_status: [404]
              - name: nao_aceito
                url: /missing
              - name: quebrado
                url: /broken
              - name: lista
                url: /list
              - name: erro
                method: POST
                url: /boom
              - name: lento
                url: /slow
                timeout_ms: 300
              - name: so_declarada
                parameters: [x]
            """;

    private final TestStoreServer server = new TestStoreServer();
    private final List<ToolCallRecord> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> env = new HashMap<>(Map.of("LOJA_API_URL", server.address(),
            "LOJA_API_KEY", "sk-test-9f8e7d6c5b4a"));
    private final ToolCaller tools = new ObservedToolCaller(new HttpToolCaller(
            ToolPacks.fixed(ToolPacks.withTools(TOOLS)), ToolProperties.defaults(), ToolPacks.environment(env, null)),
            List.of(calls::add));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldReturnEveryFieldOfTheJsonAnswerWithExactDecimalsAndNoNulls() {
        ToolResult result = tools.call("score", Map.of("cpf", "529.982.247-25"));

        assertThat(result).isInstanceOfSatisfying(ToolResult.Ok.class, ok -> {
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.fields()).containsEntry("score", 720).containsEntry("limite", new BigDecimal("2500.10"))
                    .containsEntry("dados", Map.of("faixa", "A")).doesNotContainKey("nada");
            assertThat(ok.reply()).isEmpty();
        });
        assertThat(server.received.getFirst().query()).isEqualTo("cpf=52998224725");
    }

    @Test
    void shouldMapResultFieldsByPointerOrDottedPathAndFillTheReply() {
        ToolResult result = tools.call("score_mapeado", Map.of());

        assertThat(result).isEqualTo(new ToolResult.Ok(Map.of("pontos", 720, "faixa", "A"), 200,
                Optional.of("Score 720, faixa A")));
    }

    @Test
    void shouldSendTypedNormalizedArgumentsAsAJsonBody() {
        ToolResult result = tools.call("credito", Map.of("cpf", "529.982.247-25", "valor", "1299.90",
                "parcelas", "3", "defeito", "true", "email", "Ana@Exemplo.com.BR"));

        assertThat(server.received.getFirst().body()).isEqualTo(
                "{\"cpf\":\"52998224725\",\"valor\":1299.90,\"parcelas\":3,\"defeito\":true,\"email\":\"ana@exemplo.com.br\"}");
        assertThat(result).isInstanceOfSatisfying(ToolResult.Ok.class,
                ok -> assertThat(ok.fields()).containsEntry("valor", new BigDecimal("1299.90")));
    }

    @Test
    void shouldReadNumbersWrittenTheBrazilianWayOrInScientificNotation() {
        tools.call("credito", Map.of("cpf", "52998224725", "valor", "1.299,90", "parcelas", "3", "defeito", "não"));
        tools.call("credito", Map.of("cpf", "52998224725", "valor", "1E+3", "parcelas", "3.0", "defeito", "sim"));

        assertThat(server.received).extracting(TestStoreServer.Received::body).containsExactly(
                "{\"cpf\":\"52998224725\",\"valor\":1299.90,\"parcelas\":3,\"defeito\":false}",
                "{\"cpf\":\"52998224725\",\"valor\":1000,\"parcelas\":3,\"defeito\":true}");
    }

    @Test
    void shouldPutPathParametersInThePathAndTheRestInTheQuery() {
        tools.call("pedido", Map.of("numero", "#AB-123456", "cep", "01310-100"));

        assertThat(server.received.getFirst().path()).isEqualTo("/pedidos/AB-123456");
        assertThat(server.received.getFirst().query()).isEqualTo("cep=01310100");
    }

    @Test
    void shouldRefuseInvalidArgumentsWithoutSendingAnythingOrQuotingTheValue() {
        assertThat(tools.call("score", Map.of("cpf", "529.982.247-26")))
                .isEqualTo(new ToolResult.Failed(FailureKind.INVALID_ARGUMENT, "parameter 'cpf' is not a valid cpf"));
        assertThat(tools.call("score", Map.of()))
                .isEqualTo(new ToolResult.Failed(FailureKind.INVALID_ARGUMENT, "parameter 'cpf' is required"));
        assertThat(tools.call("score", Map.of("cpf", "52998224725", "valor", "muito")))
                .isEqualTo(new ToolResult.Failed(FailureKind.INVALID_ARGUMENT, "parameter 'valor' is not a valid number"));
        assertThat(tools.call("score", Map.of("cpf", "52998224725", "renda", "5000")))
                .isEqualTo(new ToolResult.Failed(FailureKind.INVALID_ARGUMENT, "tool 'score' has no parameter 'renda'"));
        assertThat(tools.call("credito", Map.of("cpf", "52998224725", "valor", "10", "parcelas", "2.5",
                "defeito", "talvez"))).isInstanceOfSatisfying(ToolResult.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(FailureKind.INVALID_ARGUMENT));
        assertThat(server.received).isEmpty();
    }

    @Test
    void shouldTreatAStatusTheToolAcceptsAsAnAnswerAndAnyOtherAsAnHttpError() {
        assertThat(tools.call("inexistente", Map.of())).isEqualTo(new ToolResult.Ok(
                Map.of("code", 404, "description", "Pedido não encontrado"), 404, Optional.empty()));
        assertThat(tools.call("nao_aceito", Map.of()))
                .isEqualTo(new ToolResult.Failed(FailureKind.HTTP_ERROR, "tool 'nao_aceito' answered HTTP 404"));
    }

    @Test
    void shouldReportAServerErrorOnceWithoutRepeatingAPost() {
        assertThat(tools.call("erro", Map.of()))
                .isEqualTo(new ToolResult.Failed(FailureKind.HTTP_ERROR, "tool 'erro' answered HTTP 500"));
        assertThat(server.received).hasSize(1);
    }

    @Test
    void shouldReportAnswersThatAreNotAJsonObjectAsInvalid() {
        assertThat(tools.call("quebrado", Map.of())).isInstanceOfSatisfying(ToolResult.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(FailureKind.INVALID_RESPONSE));
        assertThat(tools.call("lista", Map.of())).isInstanceOfSatisfying(ToolResult.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(FailureKind.INVALID_RESPONSE));
    }

    @Test
    void shouldGiveUpOnAHangingServerAtTheToolsTimeout() {
        long start = System.nanoTime();

        ToolResult result = tools.call("lento", Map.of());

        assertThat(result).isEqualTo(new ToolResult.Failed(FailureKind.TIMEOUT, "tool 'lento' did not answer within 300 ms"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void shouldReportAClosedPortAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        env.put("LOJA_API_URL", "http://127.0.0.1:" + closedPort);

        assertThat(tools.call("score", Map.of("cpf", "52998224725"))).isInstanceOfSatisfying(ToolResult.Failed.class,
                f -> assertThat(f.kind()).isEqualTo(FailureKind.UNREACHABLE));
    }

    @Test
    void shouldNameTheMissingEnvironmentVariableAndTheUnknownOrUncallableTool() {
        env.remove("LOJA_API_KEY");

        assertThat(tools.call("score", Map.of("cpf", "52998224725"))).isEqualTo(new ToolResult.Failed(
                FailureKind.NOT_CONFIGURED, "environment variable LOJA_API_KEY is not set (tool 'score')"));
        assertThat(tools.call("nenhuma", Map.of())).isEqualTo(new ToolResult.Failed(FailureKind.UNKNOWN_TOOL,
                "tools.yaml declares no tool 'nenhuma'"));
        assertThat(tools.call("so_declarada", Map.of("x", "1"))).isEqualTo(new ToolResult.Failed(
                FailureKind.NOT_CONFIGURED, "tool 'so_declarada' has no url in tools.yaml"));
        assertThat(server.received).isEmpty();
    }

    @Test
    void shouldRecordTheOutcomeAndLatencyOfEveryCall() {
        tools.call("score", Map.of("cpf", "52998224725"));
        tools.call("erro", Map.of());
        tools.call("score", Map.of());

        assertThat(calls).extracting(ToolCallRecord::tool, ToolCallRecord::outcome, ToolCallRecord::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("score", "ok", Optional.of(200)),
                        org.assertj.core.groups.Tuple.tuple("erro", "http_error", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("score", "invalid_argument", Optional.empty()));
        assertThat(calls).allSatisfy(c -> assertThat(c.latency()).isPositive());
    }
}
