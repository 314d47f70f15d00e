package io.atende.tool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.PackLoader;
import io.atende.testsupport.AtendeTest;
import io.atende.tool.HttpToolCaller;
import io.atende.tool.ToolCaller;
import io.atende.tool.ToolEnvironment;
import io.atende.tool.ToolPacks;
import io.atende.tool.ToolProperties;
import io.atende.tool.ToolResult;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo store API over real HTTP on Atende's own server, and the demo pack's tools.yaml calling it through the
 * tool caller with the server address the application resolves.
 */
@AtendeTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "atende.tool.demo-api=on")
class DemoStoreApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ToolEnvironment environment;

    private final HttpClient http = HttpClient.newHttpClient();

    private ToolCaller demoPackTools() {
        return new HttpToolCaller(ToolPacks.fixed(PackLoader.load(Path.of("packs/demo-store"))),
                ToolProperties.defaults(), environment);
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldAnswerTheStatusOfADemoOrderAndA404WithACodeForAnUnknownOne() throws Exception {
        HttpResponse<String> known = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/demo-api/pedidos/123456")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/demo-api/pedidos/999999")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).contains("\"status\":\"em_transporte\"", "\"rastreio\":\"BR123456789BR\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo("{\"code\":404,\"description\":\"Pedido não encontrado\"}");
    }

    @Test
    void shouldRefuseTheCreditOfTheDemoCpfWithCode701() throws Exception {
        HttpResponse<String> refused = post("/demo-api/credito", "{\"cpf\":\"52998224725\",\"valor\":1000,\"parcelas\":5}");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).isEqualTo("{\"code\":701,\"description\":\"CPF não autorizado\"}");
    }

    @Test
    void shouldLetTheOrderStatusJourneyReadEveryOrderThroughItsTool() {
        ToolCaller tools = demoPackTools();

        assertThat(tools.call("consultar_pedido", Map.of("numero", "123456"))).isInstanceOfSatisfying(
                ToolResult.Ok.class, ok -> {
                    assertThat(ok.fields()).containsEntry("status", "em_transporte")
                            .containsEntry("transportadora", "Correios").doesNotContainKey("dias_desde_entrega");
                    assertThat(ok.reply()).contains("Pedido 123456: Em transporte");
                });
        assertThat(tools.call("consultar_pedido", Map.of("numero", "234567"))).isInstanceOfSatisfying(
                ToolResult.Ok.class, ok -> assertThat(ok.fields()).containsEntry("status", "entregue")
                        .containsEntry("dias_desde_entrega", 3));
        assertThat(tools.call("consultar_pedido", Map.of("numero", "999999"))).isInstanceOfSatisfying(
                ToolResult.Ok.class, ok -> assertThat(ok.fields()).containsEntry("code", 404));
    }

    @Test
    void shouldGiveTheCreditJourneyAScoreAndLimitOrARefusalCode() {
        ToolCaller tools = demoPackTools();

        assertThat(tools.call("consultar_credito", Map.of("cpf", "123.456.789-09", "valor", "1299.90",
                "parcelas", "10"))).isEqualTo(new ToolResult.Ok(Map.of("score", 720, "limite",
                new BigDecimal("2500.00")), 200, Optional.empty()));
        assertThat(tools.call("consultar_credito", Map.of("cpf", "529.982.247-25", "valor", "1000", "parcelas", "5")))
                .isInstanceOfSatisfying(ToolResult.Ok.class, ok -> assertThat(ok.fields()).containsEntry("code", 701));
        assertThat(tools.call("consultar_credito", Map.of("cpf", "111.444.777-35", "valor", "1000", "parcelas", "5")))
                .isInstanceOfSatisfying(ToolResult.Ok.class, ok -> assertThat(ok.fields())
                        .containsEntry("code", 702).containsEntry("description", "CPF com restrição"));
    }

    @Test
    void shouldOpenAnExchangeOnlyForADeliveredOrder() {
        ToolCaller tools = demoPackTools();
        Map<String, String> request = Map.of("pedido", "234567", "motivo", "tamanho errado", "defeito", "false",
                "email", "ana@exemplo.com.br");

        assertThat(tools.call("abrir_troca", request)).isInstanceOfSatisfying(ToolResult.Ok.class, ok -> {
            assertThat(ok.status()).isEqualTo(201);
            assertThat((String) ok.fields().get("protocolo")).matches("TR-\\d{4}-\\d{6}");
            assertThat(ok.fields()).containsEntry("prazo_postagem_dias", 10);
        });
        assertThat(tools.call("abrir_troca", Map.of("pedido", "123456", "motivo", "x", "defeito", "true",
                "email", "ana@exemplo.com.br"))).isEqualTo(new ToolResult.Failed(ToolResult.FailureKind.HTTP_ERROR,
                "tool 'abrir_troca' answered HTTP 409"));
    }

    @Test
    void shouldCreateAPixCodeWithTheDiscountAndAValidChecksum() throws Exception {
        String product = PackLoader.load(Path.of("src/test/resources/packs/test-store")).products().stream()
                .filter(p -> p.stock() > 0).findFirst().orElseThrow().id();

        HttpResponse<String> pix = post("/demo-api/pix", "{\"produto\":\"" + product + "\",\"quantidade\":1}");

        assertThat(pix.statusCode()).isEqualTo(201);
        String code = pix.body().replaceAll(".*\"copia_e_cola\":\"([^\"]+)\".*", "$1");
        assertThat(code).startsWith("000201").contains("br.gov.bcb.pix");
        String body = code.substring(0, code.length() - 4);
        assertThat(code.substring(code.length() - 4)).isEqualTo(String.format("%04X", PixCode.crc16(body)));
        assertThat(post("/demo-api/pix", "{\"produto\":\"nao-existe\",\"quantidade\":1}").statusCode()).isEqualTo(404);
    }
}
