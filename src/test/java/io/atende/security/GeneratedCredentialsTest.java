package io.atende.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With no ATENDE_API_TOKEN / ATENDE_ADMIN_PASSWORD, secrets are generated, printed once, stored
 * only as hashes, and neither they nor customer text reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedCredentialsTest {

    private static final Pattern TOKEN = Pattern.compile("API token \\(Authorization: Bearer \\.\\.\\.\\): (\\S+)");

    @Test
    void shouldGenerateSecretsOnceStoreOnlyHashesAndKeepThemOutOfLogs(CapturedOutput output) throws Exception {
        Path dataDir = Files.createTempDirectory("atende-creds-");
        String[] args = {"--server.port=0", "--atende.data-dir=" + dataDir,
                "--atende.pack.dir=src/test/resources/packs/test-store", "--atende.security.api-token=",
                "--atende.security.admin-password="};
        String token;
        try (var app = new SpringApplicationBuilder(io.atende.AtendeApplication.class).run(args)) {
            Matcher m = TOKEN.matcher(output.getOut());
            assertThat(m.find()).as("the generated token is printed").isTrue();
            token = m.group(1);
            assertThat(output.getOut()).contains("Console login: admin / ");
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/messages?wait=5000"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"contact\":\"log\",\"text\":\"texto-confidencial-xyz\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).isEqualTo(200);
            var stored = JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                    .sql("SELECT hash FROM credentials").query(String.class).list();
            assertThat(stored).hasSize(2).noneMatch(h -> h.contains(token));
        }
        String log = Files.readString(dataDir.resolve("logs/atende.log"));
        assertThat(log).isNotEmpty().doesNotContain(token).doesNotContain("texto-confidencial-xyz");
        String printedBeforeRestart = output.getOut();
        try (var app = new SpringApplicationBuilder(io.atende.AtendeApplication.class).run(args)) {
            String afterRestart = output.getOut().substring(printedBeforeRestart.length());
            assertThat(afterRestart).as("printed only once").doesNotContain("Generated credentials");
        }
        assertThat(output.getAll()).doesNotContain("texto-confidencial-xyz");
    }
}
