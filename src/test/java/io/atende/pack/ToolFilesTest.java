package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.problemsOf;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolFilesTest {

    @Test
    void shouldReadEveryPartOfAnHttpTool() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", """
                base_url:
                  env: LOJA_API_URL
                  default: https://api.loja.com.br/v1/
                tools:
                  - name: consultar_credito
                    description: Análise de crédito.
                    method: post
                    url: /credito/{cpf}
                    parameters:
                      - {name: cpf, type: cpf}
                      - {name: valor, type: number, required: false}
                      - parcelas
                    headers:
                      Authorization: "Bearer ${LOJA_API_KEY}"
                      X-Canal: whatsapp
                    timeout_ms: 2500
                    result:
                      score: /analise/score
                      limite: analise.limite
                    accept_status: [404, 422]
                    reply: "Score {{score}}"
                """);

        PackTools tools = PackLoader.load(pack).tools();

        assertThat(tools.baseUrlEnv()).contains("LOJA_API_URL");
        assertThat(tools.baseUrlDefault()).contains("https://api.loja.com.br/v1/");
        assertThat(tools.tool("consultar_credito")).contains(new ToolDefinition("consultar_credito",
                "Análise de crédito.", "POST", Optional.of("/credito/{cpf}"), List.of(
                        new ToolParameter("cpf", ToolParameterType.CPF, true),
                        new ToolParameter("valor", ToolParameterType.NUMBER, false),
                        new ToolParameter("parcelas", ToolParameterType.TEXT, true)),
                Map.of("Authorization", "Bearer ${LOJA_API_KEY}", "X-Canal", "whatsapp"),
                Optional.of(Duration.ofMillis(2500)), Map.of("score", "/analise/score", "limite", "/analise/limite"),
                Set.of(404, 422), Optional.of("Score {{score}}")));
    }

    @Test
    void shouldReadTheDemoStoreToolsAsCallableAgainstTheDemoApi() {
        PackTools tools = PackLoader.load(Path.of("packs/demo-store")).tools();

        assertThat(tools.baseUrlDefault()).contains("/demo-api");
        assertThat(tools.tools()).extracting(ToolDefinition::name)
                .containsExactly("consultar_pedido", "abrir_troca", "consultar_credito", "gerar_pix");
        assertThat(tools.tools()).allSatisfy(t -> assertThat(t.url()).isPresent());
    }

    @Test
    void shouldNameFileLineAndProblemOfEveryMistake() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", """
                base_url: ftp://loja
                tools:
                  - name: Consultar
                    url: /x
                  - name: pedido
                    method: FETCH
                    url: /pedidos/{numero}
                    parameters:
                      - {name: cpf, type: rg}
                    headers:
                      X-Api-Key: abc123
                    timeout_ms: 10
                    accept_status: [abc]
                    result: /score
                  - name: pedido
                    url: pedidos
                    retries: 3
                  - name: sem_url
                    method: GET
                servidor: x
                """);

        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "tools.yaml:1: base URL 'ftp://loja' must start with http://, https:// or / (this server)",
                "tools.yaml:3: tool name 'Consultar' must be lower case letters, digits and _",
                "tools.yaml:4: url '/x' is a path, but tools.yaml has no base_url to put it on",
                "tools.yaml:9: unknown parameter type 'rg' (text, number, integer, boolean, cpf, cnpj, cep, email, "
                        + "order_number, date)",
                "tools.yaml:6: unknown method 'FETCH' (GET, POST, PUT, PATCH, DELETE)",
                "tools.yaml:7: url '/pedidos/{numero}' is a path, but tools.yaml has no base_url to put it on",
                "tools.yaml:7: url uses {numero}, which is not a declared parameter",
                "tools.yaml:11: header 'X-Api-Key' carries a secret: write it as ${ENV_NAME} (an environment "
                        + "variable), never in the pack",
                "tools.yaml:12: 'timeout_ms' must be a whole number of milliseconds from 100 to 120000",
                "tools.yaml:13: accept_status must list HTTP statuses such as 404, got 'abc'",
                "tools.yaml:14: 'result' must map result field names to JSON pointers such as /score",
                "tools.yaml:17: unknown key 'retries' (a tool has accept_status, description, headers, method, "
                        + "name, parameters, reply, result, timeout_ms, url)",
                "tools.yaml:16: url 'pedidos' must be a path starting with / or an http(s) address",
                "tools.yaml:15: duplicate tool 'pedido'",
                "tools.yaml:18: tool 'sem_url' has HTTP settings but no 'url'",
                "tools.yaml:20: unknown key 'servidor' (tools.yaml has base_url and tools)");
    }

    @Test
    void shouldRequireAJourneyToPassEveryRequiredParameterOfACallableTool() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", """
                base_url: http://localhost:9999
                tools:
                  - name: consultar_credito
                    url: /credito
                    parameters: [cpf, valor, parcelas]
                """);
        write(pack, "journeys/credito.yaml", """
                name: credito
                goal: Ver se o cliente pode parcelar.
                triggers:
                  phrases: ["posso parcelar?"]
                steps:
                  - id: pedir_cpf
                    kind: ask
                    attribute: cpf
                    type: cpf
                    text: "Qual seu CPF?"
                  - id: consultar
                    kind: call_tool
                    tool: consultar_credito
                    with:
                      cpf: cpf
                      valor: 100
                  - id: fim
                    kind: finish
                    outcome: consultado
                """);

        assertThat(problemsOf(pack)).containsExactly(
                "journeys/credito.yaml:11: tool 'consultar_credito' needs parameter 'parcelas', which this call does not pass");
    }
}
