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
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/** In a command without a web server (chat, test), the demo pack's tools still reach the demo store API. */
@AtendeTest(webEnvironment = WebEnvironment.NONE, properties = "atende.tool.demo-api=on")
class DemoApiServerTest {

    @Autowired
    ToolEnvironment environment;

    @Test
    void shouldServeTheDemoApiOnALoopbackPortWhenNoWebServerRuns() {
        ToolCaller tools = new HttpToolCaller(ToolPacks.fixed(PackLoader.load(Path.of("packs/demo-store"))),
                ToolProperties.defaults(), environment);

        assertThat(environment.serverAddress()).hasValueSatisfying(a -> assertThat(a).startsWith("http://127.0.0.1:"));
        assertThat(tools.call("consultar_pedido", Map.of("numero", "678901"))).isInstanceOfSatisfying(
                ToolResult.Ok.class, ok -> assertThat(ok.fields()).containsEntry("status", "cancelado"));
        assertThat(tools.call("consultar_pedido", Map.of("numero", "000001"))).isInstanceOfSatisfying(
                ToolResult.Ok.class, ok -> assertThat(ok.status()).isEqualTo(404));
        assertThat(tools.call("consultar_credito", Map.of("cpf", "52998224725", "valor", "900", "parcelas", "3")))
                .isInstanceOfSatisfying(ToolResult.Ok.class, ok -> assertThat(ok.fields())
                        .containsEntry("code", 701).containsEntry("description", "CPF não autorizado"));
        assertThat(tools.call("abrir_troca", Map.of("pedido", "345678", "motivo", "cor", "defeito", "false",
                "email", "bia@exemplo.com"))).isInstanceOfSatisfying(ToolResult.Ok.class,
                ok -> assertThat(ok.status()).isEqualTo(201));
    }
}
