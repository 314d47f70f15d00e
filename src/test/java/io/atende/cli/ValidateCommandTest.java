package io.atende.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void shouldSummariseAValidPack() {
        CliRun run = CliRun.of("validate", "--pack", "packs/demo-store");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("packs/demo-store: valid").containsPattern("\\d{3} products")
                .contains("5 journeys").doesNotContain("note:");
    }

    @Test
    void shouldNameEveryProblemWithFileAndLineAndExitTwo() throws Exception {
        Path pack = Files.createTempDirectory("atende-validate-");
        Files.writeString(pack.resolve("store.yaml"), "name: X\nlanguage: pt-BR\ncurrency: BRL\n"
                + "timezone: America/Sao_Paulo\nbusiness_hours:\n  mon: \"9h-18h\"\n");
        CliRun run = CliRun.of("validate", "--pack", pack.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("atende: the pack is not valid:\n")
                .contains("store.yaml:6: hours for mon must look like 09:00-18:00")
                .contains("messages.yaml: missing")
                .doesNotContain("Exception");
    }

    @Test
    void shouldPointOutPartsAStoreAlmostAlwaysMeansToHave() throws Exception {
        Path pack = Files.createTempDirectory("atende-validate-min-");
        Files.writeString(pack.resolve("store.yaml"), "name: X\nlanguage: pt-BR\ncurrency: BRL\ntimezone: America/Sao_Paulo\n");
        Files.copy(Path.of("packs/demo-store/messages.yaml"), pack.resolve("messages.yaml"));
        CliRun run = CliRun.of("validate", "--pack", pack.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("note: no intents.yaml").contains("note: no products in catalog/")
                .contains("note: no knowledge/ sections").contains("valid — 0 products");
    }
}
