package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code models:} section of store.yaml: a model per feature. */
class ModelsSectionTest {

    private static final String STORE = TestPacks.MINIMAL_STORE;

    @Test
    void shouldReadAModelPerFeatureAndNoneWithoutTheSection() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("store.yaml"), STORE);
        assertThat(PackLoader.load(pack).identity().models()).isEmpty();

        Files.writeString(pack.resolve("store.yaml"), STORE + "models:\n  decision: gpt-4o-mini\n"
                + "  conversation: \" gpt-4.1 \"\n");
        assertThat(PackLoader.load(pack).identity().models())
                .isEqualTo(Map.of("decision", "gpt-4o-mini", "conversation", "gpt-4.1"));
    }

    @Test
    void shouldNameTheLineOfAnUnknownFeatureOrAMissingModel() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("store.yaml"), STORE + "models:\n  decisao: gpt-4o-mini\n  vision: \"\"\n");

        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::toString).containsExactly(
                        "store.yaml:6: unknown feature 'decisao' in models (use decision, conversation,"
                                + " transcription, vision, insight)",
                        "store.yaml:7: models.vision must be a model name"));
    }
}
