package io.atende.tool.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.testsupport.AtendeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With the default {@code auto}, a pack whose tools do not point at /demo-api gets no demo API. */
@AtendeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoApiSwitchTest {

    @LocalServerPort
    int port;

    @Test
    void shouldNotServeTheDemoApiForAPackThatDoesNotUseIt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/demo-api/pedidos/123456")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("em_transporte");
    }
}
