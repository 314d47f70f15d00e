package io.atende.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack's {@code prompts/} replaces the built-in prompts; a typo in one is a pack error naming the file. */
class PromptFilesTest {

    @TempDir
    Path pack;

    @Test
    void shouldUseThePacksPromptOverTheBuiltInOne() throws Exception {
        Files.createDirectories(pack.resolve("prompts"));
        Files.writeString(pack.resolve("prompts/closing_message.md"), "Encerre a jornada {{journey}} com carinho.");

        PromptTemplates prompts = PromptFiles.load(pack);

        assertThat(prompts.render("closing_message", Map.of("journey", "crediario")))
                .isEqualTo("Encerre a jornada crediario com carinho.");
        assertThat(prompts.render("conversation", Map.of("store", "Casa Aurora"))).contains("Casa Aurora");
    }

    @Test
    void shouldRejectAnUnknownPlaceholderNamingTheFile() throws Exception {
        Files.createDirectories(pack.resolve("prompts"));
        Files.writeString(pack.resolve("prompts/conversation.md"), "Fontes: {{sourcse}}");

        assertThatThrownBy(() -> PromptFiles.load(pack)).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("prompts/conversation.md").hasMessageContaining("sourcse");
    }

    @Test
    void shouldRejectAnUnknownPromptFile() throws Exception {
        Files.createDirectories(pack.resolve("prompts"));
        Files.writeString(pack.resolve("prompts/conversa.md"), "Olá");

        assertThatThrownBy(() -> PromptFiles.load(pack)).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("prompts/conversa.md").hasMessageContaining("unknown prompt file");
    }

    @Test
    void shouldShipEveryBuiltInPromptWithOnlyItsOwnPlaceholders() {
        PromptTemplates builtIn = PromptFiles.builtIn();

        assertThat(builtIn.templates()).containsOnlyKeys(PromptTemplates.PLACEHOLDERS.keySet());
        assertThat(builtIn.render("journey_classification", Map.of())).doesNotContain("{{");
    }

    @Test
    void shouldReportABadPromptFileWhenThePackLoads() throws Exception {
        Path copy = pack.resolve("loja");
        Files.createDirectories(copy.resolve("prompts"));
        Files.copy(Path.of("packs/demo-store/store.yaml"), copy.resolve("store.yaml"));
        Files.copy(Path.of("packs/demo-store/messages.yaml"), copy.resolve("messages.yaml"));
        Files.writeString(copy.resolve("prompts/guardrail_retry.md"), "Sem {{numeros}}.");

        assertThatThrownBy(() -> PackLoader.load(copy)).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining("prompts/guardrail_retry.md").hasMessageContaining("numeros");
    }
}
