package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code reengagement:} section of store.yaml and the templates it needs. */
class ReengagementSectionTest {

    private static final String STORE = TestPacks.MINIMAL_STORE;

    @Test
    void shouldReadTheDemoStoresFollowUpSettings() {
        Pack pack = PackLoader.load(Path.of("packs/demo-store"));
        assertThat(pack.identity().reengagement())
                .isEqualTo(new StoreIdentity.Reengagement(Duration.ofMinutes(60), 1, "retomar_conversa"));
        assertThat(pack.messages().render("reengagement", java.util.Map.of())).contains("PARAR");
    }

    @Test
    void shouldTurnFollowUpsOffWithoutTheSectionAndDefaultToOneFollowUp() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("store.yaml"), STORE);
        assertThat(PackLoader.load(pack).identity().reengagement()).isNull();
        Files.writeString(pack.resolve("store.yaml"), STORE + "reengagement:\n  after_minutes: 90\n");
        Files.writeString(pack.resolve("messages.yaml"), Files.readString(pack.resolve("messages.yaml"))
                + "reengagement: \"Oi! Posso ajudar em mais alguma coisa?\"\n");
        assertThat(PackLoader.load(pack).identity().reengagement())
                .isEqualTo(new StoreIdentity.Reengagement(Duration.ofMinutes(90), 1, null));
    }

    @Test
    void shouldNameFileLineAndProblemOfABadReengagementSection() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("store.yaml"), STORE + """
                reengagement:
                  after_minutes: trinta
                  max_followup: 2
                  max_followups: 0
                  whatsapp_template: Retomar Conversa
                """);
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::toString).containsExactlyInAnyOrder(
                        "store.yaml:6: after_minutes must be a whole number from 1 to 43200",
                        "store.yaml:7: unknown key 'max_followup' in reengagement (use after_minutes, max_followups,"
                                + " whatsapp_template)",
                        "store.yaml:8: max_followups must be a whole number from 1 to 10",
                        "store.yaml:9: whatsapp_template must be a WhatsApp template name: lower-case letters,"
                                + " digits and _",
                        "messages.yaml: store.yaml has a reengagement section, so the template 'reengagement'"
                                + " is required"));
    }

    @Test
    void shouldRequireAfterMinutesAndTheFollowUpTemplates() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("store.yaml"), STORE + "reengagement:\n  max_followups: 2\n");
        Files.writeString(pack.resolve("messages.yaml"), Files.readString(pack.resolve("messages.yaml"))
                .replaceAll("(?m)^opt_out_confirmed:.*\\n", ""));
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::toString).containsExactlyInAnyOrder(
                        "store.yaml:6: reengagement needs after_minutes: the minutes of silence before a follow-up",
                        "messages.yaml: store.yaml has a reengagement section, so the template 'opt_out_confirmed'"
                                + " is required",
                        "messages.yaml: store.yaml has a reengagement section, so the template 'reengagement'"
                                + " is required"));
    }

    @Test
    void shouldWarnWhenAnOptOutCannotBeConfirmed() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("messages.yaml"), Files.readString(pack.resolve("messages.yaml"))
                .replaceAll("(?m)^opt_in_confirmed:.*\\n", ""));
        assertThat(PackLoader.load(pack).warnings()).extracting(PackProblem::toString).containsExactly(
                "messages.yaml: the template 'opt_in_confirmed' is missing: a customer who writes PARAR (or asks to"
                        + " receive messages again) is recorded but gets no confirmation");
    }
}
