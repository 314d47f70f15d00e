package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded retriever over the test pack and the demo pack. */
class LuceneRetrieverTest {

    private final Pack testPack = PackLoader.load(Path.of("src/test/resources/packs/test-store"));
    private final Retriever retriever = new LuceneRetriever(testPack);

    @Test
    void shouldMatchWordsWithOrWithoutAccents() {
        assertThat(retriever.searchKnowledge("ENTREGÁ", 1)).extracting(h -> h.entry().id())
                .containsExactly("politicas/prazo-de-entrega");
        assertThat(retriever.searchKnowledge("devolucoes", 1).getFirst().entry().id())
                .isEqualTo("politicas/trocas-e-devolucoes");
    }

    @Test
    void shouldUnderstandChatAbbreviations() {
        assertThat(retriever.searchKnowledge("qnto tempo demora o frete p/ sp?", 1).getFirst().entry().id())
                .isEqualTo("politicas/prazo-de-entrega");
    }

    @Test
    void shouldFilterProductsByPriceAndPreferInStockItems() {
        List<ProductHit> hits = retriever.searchProducts(ProductQuery.parse("tenis ate 400 reais"), 3);
        assertThat(hits).extracting(h -> h.product().id()).containsExactly("TNS-1", "TNS-2");
        assertThat(retriever.searchProducts(ProductQuery.parse("tenis ate 300"), 3))
                .allSatisfy(h -> assertThat(h.product().price()).isLessThanOrEqualTo(new BigDecimal("300")));
    }

    @Test
    void shouldFindNothingForWordsNoDocumentHas() {
        assertThat(retriever.searchKnowledge("asdfgh qwerty", 3)).isEmpty();
        assertThat(retriever.searchProducts(ProductQuery.parse("asdfgh qwerty"), 3)).isEmpty();
    }

    @Test
    void shouldIndexTheDemoPackQuicklyAndAnswerFast() {
        Pack demo = PackLoader.load(Path.of("packs/demo-store"));
        new LuceneRetriever(demo); // warm-up: class loading is not what we measure
        long start = System.nanoTime();
        LuceneRetriever demoRetriever = new LuceneRetriever(demo);
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        String[] queries = {"vcs aceitam pix?", "qnto tempo demora o frete p/ BH", "minha air fryer parou",
                "como rastrear meu pedido", "posso trocar o tamanho?"};
        for (int i = 0; i < 2000; i++) { // warm-up for the JIT
            demoRetriever.searchKnowledge(queries[i % queries.length], 3);
            demoRetriever.searchProducts(ProductQuery.parse("tem tenis nike ate 300 reais"), 3);
        }
        long[] nanos = new long[1000];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            String q = queries[i % queries.length];
            demoRetriever.searchKnowledge(q, 3);
            demoRetriever.searchProducts(ProductQuery.parse("tem tenis nike ate 300 reais"), 3);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        double p50Ms = nanos[nanos.length / 2] / 1e6;
        System.out.printf("demo index build: %d ms; knowledge+product query p50: %.3f ms%n", buildMs, p50Ms);
        // Generous bounds (shared CI cores): this guards against an order-of-magnitude regression only.
        assertThat(buildMs).isLessThan(3000);
        assertThat(p50Ms).isLessThan(5.0);
    }
}
