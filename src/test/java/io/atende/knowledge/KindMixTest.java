package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.PackLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions that name a product but ask a policy get both kinds in their top five. */
class KindMixTest {

    private static KnowledgeBase demo;

    @BeforeAll
    static void index() {
        demo = KnowledgeBase.inMemory(PackLoader.load(Path.of("packs/demo-store")));
    }

    @AfterAll
    static void close() throws Exception {
        demo.close();
    }

    @Test
    void shouldMoveTheBestHitsOfAMissingKindIntoTheTopInTheirOrder() {
        List<String> ranked = List.of("p1", "p2", "p3", "p4", "p5", "s1", "p6", "s2");
        List<String> out = KindMix.atLeast(ranked, h -> h.startsWith("s") ? HitKind.KNOWLEDGE : HitKind.PRODUCT,
                5, HitKind.KNOWLEDGE, 2);
        assertThat(out).containsExactly("p1", "p2", "p3", "s1", "s2", "p4", "p5", "p6");
    }

    @Test
    void shouldLeaveARankingAloneWhenTheKindIsAlreadyThere() {
        List<String> ranked = List.of("s1", "p1", "s2", "p2", "p3", "s3");
        assertThat(KindMix.atLeast(ranked, h -> h.startsWith("s") ? HitKind.KNOWLEDGE : HitKind.PRODUCT,
                5, HitKind.KNOWLEDGE, 2)).isEqualTo(ranked);
    }

    @Test
    void shouldRankTheWarrantyNextToTheProductWhenTheCustomersApplianceStopped() {
        List<RankedHit> top = demo.ask("minha air fryer parou de funcionar", 5);
        assertThat(top).extracting(RankedHit::id).anyMatch(id -> id.startsWith("COZ-"))
                .anyMatch(id -> id.startsWith("garantia/") || id.equals("trocas-e-devolucoes/troca-por-defeito"));
    }

    @Test
    void shouldKeepAPlainProductQuestionToProducts() {
        assertThat(demo.ask("tenis nike masculino preto", 5)).extracting(RankedHit::kind)
                .containsOnly(HitKind.PRODUCT);
    }
}
