package io.atende.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.testsupport.AtendeProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With no ATENDE_API_TOKEN / ATENDE_ADMIN_PASSWORD, secrets are generated, printed once, stored
 * only as hashes, and neither they nor customer text reach the log. A real server process, so the
 * log file is its own and not shared with other tests.
 */
class GeneratedCredentialsTest {

    private static final Pattern TOKEN = Pattern.compile("API token \\(Authorization: Bearer \\.\\.\\.\\): (\\S+)");
    private static final Pattern PASSWORD = Pattern.compile("Console login: admin / (\\S+)");

    @Test
    void shouldGenerateSecretsOnceStoreOnlyHashesAndKeepThemOutOfLogs() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-creds-");
        Path runDir = Files.createTempDirectory("atende-creds-out-");
        Map<String, String> unset = Map.of("ATENDE_API_TOKEN", "", "ATENDE_ADMIN_PASSWORD", "");
        String token;
        String password;
        try (AtendeProcess server = AtendeProcess.start(dataDir, unset, runDir.resolve("first.out"))) {
            String printed = Files.readString(runDir.resolve("first.out"));
            Matcher t = TOKEN.matcher(printed);
            Matcher p = PASSWORD.matcher(printed);
            assertThat(t.find()).as("the generated token is printed").isTrue();
            assertThat(p.find()).as("the generated password is printed").isTrue();
            token = t.group(1);
            password = p.group(1);
            var reply = server.postMessage(token, "log", null, "texto-confidencial-xyz", "?wait=10000");
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(server.postMessage("wrong-token", "log", null, "oi", "").statusCode()).isEqualTo(401);
        }
        try (AtendeProcess again = AtendeProcess.start(dataDir, unset, runDir.resolve("second.out"))) {
            assertThat(Files.readString(runDir.resolve("second.out"))).as("printed only once")
                    .doesNotContain("Generated credentials").doesNotContain(token);
            assertThat(again.postMessage(token, "log", null, "oi", "").statusCode()).as("the stored hash still works")
                    .isEqualTo(202);
        }
        String log = Files.readString(dataDir.resolve("logs/atende.log"));
        assertThat(log).contains("Started AtendeApplication");
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain(token).doesNotContain(password)
                        .doesNotContain("texto-confidencial-xyz");
            }
        }
    }
}
