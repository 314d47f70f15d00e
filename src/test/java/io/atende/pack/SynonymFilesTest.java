package io.atende.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code synonyms.txt}: Solr's format, each mistake named by line. */
class SynonymFilesTest {

    @Test
    void shouldReadEquivalencesAndOneWayRules() throws IOException {
        Path pack = testPackWithSynonyms("""
                # comment
                celular, Smartphone   # trailing comment

                loja fisica, retirar => retirada
                """);
        List<SynonymRule> rules = PackLoader.load(pack).synonyms();
        assertThat(rules).hasSize(2);
        assertThat(rules.getFirst().equivalence()).isTrue();
        assertThat(rules.getFirst().phrases()).containsExactly(List.of("celular"), List.of("Smartphone"));
        assertThat(rules.get(1).equivalence()).isFalse();
        assertThat(rules.get(1).phrases()).containsExactly(List.of("loja", "fisica"), List.of("retirar"));
        assertThat(rules.get(1).expansions()).containsExactly(List.of("retirada"));
        assertThat(rules.get(1).line()).isEqualTo(4);
    }

    @Test
    void shouldNameTheLineOfEveryBadRule() throws IOException {
        Path pack = testPackWithSynonyms("""
                celular
                => retirada
                a => b => c
                """);
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::toString).containsExactly(
                        "synonyms.txt:1: write at least two phrases separated by commas ('celular, smartphone') or 'a => b'",
                        "synonyms.txt:2: a phrase is missing around '=>'",
                        "synonyms.txt:3: one '=>' at most per line"));
    }

    @Test
    void shouldLoadTheDemoStoreSynonyms() {
        assertThat(PackLoader.load(Path.of("packs/demo-store")).synonyms()).hasSizeGreaterThan(40);
    }

    private static Path testPackWithSynonyms(String synonyms) throws IOException {
        Path source = Path.of("src/test/resources/packs/test-store");
        Path target = Files.createTempDirectory("atende-synonyms-");
        try (var files = Files.walk(source)) {
            for (Path p : files.sorted().toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        Files.writeString(target.resolve("synonyms.txt"), synonyms);
        return target;
    }
}
