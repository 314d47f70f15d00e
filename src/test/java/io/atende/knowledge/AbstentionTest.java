package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.PackLoader;
import io.atende.pack.TestPacks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AbstentionTest {

    @Test
    void shouldAskMoreCoverageOfAPackWhoseSectionsListHowCustomersAsk() throws Exception {
        Path pack = TestPacks.copyOfTestPack();
        assertThat(Abstention.forPack(PackLoader.load(pack))).isEqualTo(Abstention.WITH_QUESTIONS);

        Files.delete(pack.resolve("knowledge/questions.yaml"));

        assertThat(Abstention.forPack(PackLoader.load(pack))).isEqualTo(Abstention.WITHOUT_QUESTIONS);
        assertThat(Abstention.WITH_QUESTIONS.minCoverage()).isGreaterThan(Abstention.WITHOUT_QUESTIONS.minCoverage());
    }
}
