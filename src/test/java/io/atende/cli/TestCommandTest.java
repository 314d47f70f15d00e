package io.atende.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./atende test} run in-process: exit codes, the failure report and the one JSON object. */
class TestCommandTest {

    @Test
    void shouldPassEveryConversationTestOfTheDemoStore() {
        CliRun run = CliRun.of("test", "--pack", "packs/demo-store", "--json");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("tests").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(report.get("passed").asInt()).isEqualTo(report.get("tests").asInt());
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(report.get("failures").isEmpty()).isTrue();
    }

    @Test
    void shouldReportTheFailingTurnWithExpectedAndActualAndExitOne() throws IOException {
        Path pack = copyOfDemoStoreWithTests("""
                tests:
                  - name: cumprimento passa
                    turns:
                      - customer: "oi"
                        intent: saudacao
                  - name: pedido com expectativa errada
                    turns:
                      - customer: "cadê meu pedido?"
                        journey: status_pedido
                      - customer: "123456"
                        outcome: pedido_nao_encontrado
                        reply_contains: [não achei]
                        handoff: false
                """);
        CliRun run = CliRun.of("test", "--pack", pack.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out())
                .contains("FAIL pedido com expectativa errada (tests/conversas.yaml:10) turn 2: \"123456\"")
                .contains("  outcome: expected pedido_nao_encontrado, got status_informado")
                .contains("  reply_contains: expected não achei, got \"Seu pedido 123456 está a caminho")
                .doesNotContain("handoff: expected")
                .contains("  agent: Seu pedido 123456 está a caminho")
                .endsWith("2 tests, 1 passed, 1 failed\n");
        assertThat(run.err()).doesNotContain("Exception");
        delete(pack);
    }

    @Test
    void shouldExitTwoOnAPackWithoutTestsOrAMissingPack() throws IOException {
        Path pack = copyOfDemoStoreWithTests(null);
        CliRun none = CliRun.of("test", "--pack", pack.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("atende: the pack has no conversation tests (tests/*.yaml");
        CliRun missing = CliRun.of("test", "--pack", "/nao/existe");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("atende: pack directory not found: /nao/existe\n");
        Files.writeString(Files.createDirectories(pack.resolve("tests")).resolve("x.yaml"), "tests: []\n");
        CliRun invalid = CliRun.of("test", "--pack", pack.toString());
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("tests/x.yaml:1: 'tests' must be a list of at least one test")
                .doesNotContain("\tat ");
        delete(pack);
    }

    /** The demo store without its tests, plus {@code tests/conversas.yaml} with the given text (none when null). */
    private static Path copyOfDemoStoreWithTests(String tests) throws IOException {
        Path source = Path.of("packs/demo-store");
        Path target = Files.createTempDirectory("atende-test-pack-");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted().toList()) {
                Path rel = source.relativize(p);
                if (rel.startsWith("tests")) {
                    continue;
                }
                Path dest = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        if (tests != null) {
            Files.writeString(Files.createDirectories(target.resolve("tests")).resolve("conversas.yaml"), tests);
        }
        return target;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
