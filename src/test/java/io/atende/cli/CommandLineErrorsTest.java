package io.atende.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Guarantee 5 on the command line: a clear message, a non-zero exit, never a stack trace. */
class CommandLineErrorsTest {

    @Test
    void shouldExplainAMissingPackInOneLine() {
        CliRun run = CliRun.of("chat", "--pack", "/nao/existe");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).isEqualTo("atende: pack directory not found: /nao/existe\n");
    }

    @Test
    void shouldListEveryProblemOfAnInvalidPack() throws Exception {
        Path pack = Files.createTempDirectory("atende-bad-pack-");
        Files.writeString(pack.resolve("store.yaml"), "name: X\n");
        CliRun run = CliRun.of("serve", "--pack", pack.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atende: the pack is not valid:\n")
                .contains("store.yaml:1: missing required key 'language'")
                .contains("messages.yaml: missing:")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void shouldRejectAnInvalidPortAndUnknownOptions() {
        CliRun badPort = CliRun.of("serve", "--port", "70000");
        assertThat(badPort.exit()).isNotZero();
        assertThat(badPort.err()).isEqualTo("atende: --port must be between 0 and 65535, got 70000\n");
        CliRun unknown = CliRun.of("serve", "--porta", "1");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).startsWith("atende: Unknown options: '--porta'").contains("--port")
                .contains("Run 'atende serve --help' for usage.").doesNotContain("Exception").doesNotContain("Usage:");
        CliRun missing = CliRun.of("serve", "--port");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("atende: Missing required parameter for option '--port'")
                .doesNotContain("Usage:");
        CliRun keys = CliRun.of("keys", "shred");
        assertThat(keys.exit()).isNotZero();
        assertThat(keys.err()).startsWith("atende: unknown action 'shred'");
    }
}
