package io.atende.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ValidateCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true));
        System.setErr(new PrintStream(err, true));
        try {
            int exit = new CommandLine(new AtendeCommand()).setExecutionExceptionHandler(AtendeCommand::handleFailure)
                    .execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void shouldSummariseAValidPack() {
        Run run = run("validate", "--pack", "packs/demo-store");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("packs/demo-store: valid").containsPattern("\\d{3} products")
                .contains("5 journeys").doesNotContain("note:");
    }

    @Test
    void shouldNameEveryProblemWithFileAndLineAndExitTwo() throws Exception {
        Path pack = Files.createTempDirectory("atende-validate-");
        Files.writeString(pack.resolve("store.yaml"), "name: X\nlanguage: pt-BR\ncurrency: BRL\n"
                + "timezone: America/Sao_Paulo\nbusiness_hours:\n  mon: \"9h-18h\"\n");
        Run run = run("validate", "--pack", pack.toString());
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
        Run run = run("validate", "--pack", pack.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("note: no intents.yaml").contains("note: no products in catalog/")
                .contains("note: no knowledge/ sections").contains("valid — 0 products");
    }
}
