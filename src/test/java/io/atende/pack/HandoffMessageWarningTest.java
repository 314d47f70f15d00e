package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.warningsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HandoffMessageWarningTest {

    @Test
    void shouldWarnThatTheAgentWouldCallAPersonWithoutAWord() throws Exception {
        Path pack = copyOfTestPack();
        Path messages = pack.resolve("messages.yaml");
        Files.writeString(messages, Files.readAllLines(messages).stream()
                .filter(line -> !line.startsWith("handoff_registered:")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(warningsOf(pack)).anySatisfy(w -> assertThat(w)
                .startsWith("messages.yaml: the template 'handoff_registered' is missing"));
    }
}
