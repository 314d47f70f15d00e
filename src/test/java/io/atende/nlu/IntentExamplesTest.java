package io.atende.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.PackLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentExamplesTest {

    @Test
    void shouldTrainThePacksOffTopicExamplesAsTheOutOfScopeClass() {
        List<LabelledUtterance> examples = IntentExamples.fromPack(PackLoader.load(Path.of("packs/demo-store")));

        assertThat(examples).filteredOn(e -> e.text().equals("me conta uma história"))
                .singleElement().satisfies(e -> assertThat(e.outOfScope()).isTrue());
        assertThat(examples).extracting(LabelledUtterance::intent).doesNotContain("out_of_scope")
                .contains("saudacao", LabelledUtterance.OUT_OF_SCOPE);
    }
}
