package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: reused while the pack is unchanged, rebuilt when its content changes. */
class IndexStoreTest {

    @TempDir
    Path data;

    @Test
    void shouldReuseTheIndexWhileThePackIsUnchanged() throws Exception {
        Pack pack = PackLoader.load(Path.of("src/test/resources/packs/test-store"));
        Path first;
        try (KnowledgeBase built = KnowledgeBase.onDisk(pack, KnowledgeProperties.DEFAULTS, data, false)) {
            assertThat(built.index()).hasValueSatisfying(i -> {
                assertThat(i.built()).isTrue();
                assertThat(i.products()).isEqualTo(4);
                assertThat(i.sections()).isEqualTo(3);
            });
            first = built.index().orElseThrow().directory();
        }
        try (KnowledgeBase reused = KnowledgeBase.onDisk(PackLoader.load(Path.of("src/test/resources/packs/test-store")),
                KnowledgeProperties.DEFAULTS, data, false);
             KnowledgeBase memory = KnowledgeBase.inMemory(pack)) {
            assertThat(reused.index().orElseThrow().built()).isFalse();
            assertThat(reused.index().orElseThrow().directory()).isEqualTo(first);
            for (String q : new String[] {"tenis ate 300", "entrga", "vcs aceitam pix?", "celular"}) {
                assertThat(reused.ask(q, 5)).as(q).isEqualTo(memory.ask(q, 5));
            }
        }
    }

    @Test
    void shouldRebuildWhenThePackChangesAndRemoveTheStaleIndex() throws Exception {
        Path packDir = copyOfTestPack();
        Path stale;
        try (KnowledgeBase before = KnowledgeBase.onDisk(PackLoader.load(packDir), KnowledgeProperties.DEFAULTS, data, false)) {
            stale = before.index().orElseThrow().directory();
            assertThat(before.ask("chinelo", 3)).isEmpty();
        }
        Path csv = packDir.resolve("catalog/products.csv");
        Files.writeString(csv, Files.readString(csv)
                + "CHN-1,Chinelo Havaianas Top Preto,Chinelo de borracha.,39.90,Calçados,50,https://loja.test/p/chn-1,"
                + "https://loja.test/i/chn-1.jpg,marca=Havaianas\n");

        try (KnowledgeBase after = KnowledgeBase.onDisk(PackLoader.load(packDir), KnowledgeProperties.DEFAULTS, data, false)) {
            assertThat(after.index().orElseThrow().built()).isTrue();
            assertThat(after.index().orElseThrow().directory()).isNotEqualTo(stale);
            assertThat(after.ask("chinelo", 3)).extracting(RankedHit::id).containsExactly("CHN-1");
        }
        assertThat(stale).doesNotExist();
        try (Stream<Path> dirs = Files.list(data)) {
            assertThat(dirs).hasSize(1);
        }
    }

    private static Path copyOfTestPack() throws IOException {
        Path source = Path.of("src/test/resources/packs/test-store");
        Path target = Files.createTempDirectory("atende-pack-");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted().toList()) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return target;
    }
}
