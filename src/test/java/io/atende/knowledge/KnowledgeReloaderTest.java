package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.KnowledgeEntry;
import io.atende.pack.Pack;
import io.atende.pack.PackChange;
import io.atende.pack.PackLoader;
import io.atende.pack.SynonymRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live reload: an edited pack is searched at once; an edit of the synonyms alone reuses the index. */
class KnowledgeReloaderTest {

    @TempDir
    Path data;

    private final Pack pack = PackLoader.load(Path.of("src/test/resources/packs/test-store"));

    @Test
    void shouldSearchTheEditedSynonymsWithoutRebuildingTheIndex() throws Exception {
        try (KnowledgeBase knowledge = KnowledgeBase.onDisk(pack, KnowledgeProperties.DEFAULTS, data, false)) {
            assertThat(knowledge.searchProducts(ProductQuery.parse("quero um sneaker"), 3)).isEmpty();
            List<SynonymRule> synonyms = new ArrayList<>(pack.synonyms());
            synonyms.add(new SynonymRule(List.of(List.of("sneaker")), List.of(List.of("tenis")), 99));
            Pack edited = new Pack(pack.directory(), pack.identity(), pack.products(), pack.knowledge(), pack.intents(),
                    pack.messages(), pack.warnings(), synonyms);

            new KnowledgeReloader(knowledge).packChanged(PackChange.between(pack, edited));

            assertThat(knowledge.searchProducts(ProductQuery.parse("quero um sneaker"), 3))
                    .extracting(h -> h.product().id()).contains("TNS-1");
            assertThat(knowledge.index().orElseThrow().built()).isFalse();
        }
    }

    @Test
    void shouldFindASectionByAQuestionWrittenForItWhileServing() throws Exception {
        try (KnowledgeBase knowledge = KnowledgeBase.onDisk(pack, KnowledgeProperties.DEFAULTS, data, false)) {
            assertThat(knowledge.searchKnowledge("o qrcode expira", 3)).extracting(h -> h.entry().id())
                    .doesNotContain("politicas/pagamento-com-pix");
            List<KnowledgeEntry> sections = pack.knowledge().stream().map(e -> e.id().equals("politicas/pagamento-com-pix")
                    ? new KnowledgeEntry(e.id(), e.title(), e.text(), e.source(), List.of("o qrcode expira em quanto tempo?"))
                    : e).toList();
            Pack edited = new Pack(pack.directory(), pack.identity(), pack.products(), sections, pack.intents(),
                    pack.messages(), pack.warnings(), pack.synonyms());

            new KnowledgeReloader(knowledge).packChanged(PackChange.between(pack, edited));

            assertThat(knowledge.searchKnowledge("o qrcode expira", 3)).extracting(h -> h.entry().id())
                    .first().isEqualTo("politicas/pagamento-com-pix");
        }
    }
}
