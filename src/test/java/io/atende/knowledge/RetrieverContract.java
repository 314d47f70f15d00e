package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Retriever} adapter must do, on the test pack: {@link InMemoryLuceneRetrieverTest} and
 * {@link OnDiskLuceneRetrieverTest} run it; a search-server adapter would extend it too.
 */
abstract class RetrieverContract {

    protected static final Pack TEST_PACK = PackLoader.load(Path.of("src/test/resources/packs/test-store"));

    private Retriever retriever;

    /** The adapter under test, over {@link #TEST_PACK}. */
    protected abstract Retriever retriever(Pack pack) throws Exception;

    @BeforeEach
    void open() throws Exception {
        retriever = retriever(TEST_PACK);
    }

    @AfterEach
    void close() throws Exception {
        if (retriever instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

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
    void shouldFindASectionByTheWaysCustomersAskForIt() {
        // "arrependi" is in no document of the test pack, only in its knowledge/questions.yaml
        List<KnowledgeHit> hits = retriever.searchKnowledge("arrependi", 3);

        assertThat(hits).extracting(h -> h.entry().id()).containsExactly("politicas/trocas-e-devolucoes");
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
        assertThat(retriever.search("asdfgh qwerty", SearchFilters.ANY, 5)).isEmpty();
    }

    @Test
    void shouldFindProductDespiteTypo() {
        assertThat(retriever.searchProducts(ProductQuery.parse("tem smartphnoe samsug?"), 1))
                .extracting(h -> h.product().id()).containsExactly("CEL-1");
        assertThat(retriever.searchKnowledge("qual o prazo de entrga?", 1).getFirst().entry().id())
                .isEqualTo("politicas/prazo-de-entrega");
    }

    @Test
    void shouldFindProductThroughPackSynonym() {
        assertThat(retriever.searchProducts(ProductQuery.parse("quero um celular"), 3))
                .extracting(h -> h.product().id()).containsExactly("CEL-1");
        assertThat(retriever.searchProducts(ProductQuery.parse("vcs tem fritadeira?"), 3))
                .extracting(h -> h.product().id()).containsExactly("AIR-1");
    }

    @Test
    void shouldKeepOutOfStockProductsOutWhenAsked() {
        List<RankedHit> all = retriever.search("tenis", SearchFilters.ANY, 5);
        assertThat(all).extracting(RankedHit::id).contains("TNS-1", "TNS-2");
        List<RankedHit> inStock = retriever.search("tenis", SearchFilters.ANY.inStock(), 5);
        assertThat(inStock).extracting(RankedHit::id).contains("TNS-1").doesNotContain("TNS-2");
    }

    @Test
    void shouldFilterByCategoryIgnoringAccentsAndCase() {
        List<RankedHit> hits = retriever.search("preto", SearchFilters.only(HitKind.PRODUCT).withCategory("calcados"), 5);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.id()).startsWith("TNS-"));
    }

    @Test
    void shouldExcludeProductsOutsideThePriceRange() {
        List<RankedHit> hits = retriever.search("tenis",
                SearchFilters.ANY.withPrice(new BigDecimal("300"), new BigDecimal("400")), 5);
        assertThat(hits).extracting(RankedHit::id).containsExactly("TNS-2");
    }

    @Test
    void shouldRankSectionsAndProductsInOneList() {
        List<RankedHit> hits = retriever.search("pix", SearchFilters.ANY, 5);
        assertThat(hits.getFirst().id()).isEqualTo("politicas/pagamento-com-pix");
        assertThat(hits.getFirst().kind()).isEqualTo(HitKind.KNOWLEDGE);
        assertThat(hits.getFirst().bm25Rank()).isEqualTo(1);
        assertThat(retriever.search("fritadeira", SearchFilters.ANY, 1).getFirst().id()).isEqualTo("AIR-1");
    }

    @Test
    void shouldMatchANumberWrittenWithoutItsUnit() {
        assertThat(retriever.search("fryer 127", SearchFilters.ANY, 1)).first().satisfies(h -> {
            assertThat(h.id()).isEqualTo("AIR-1");
            assertThat(h.coverage()).isEqualTo(1.0);
        });
    }

    @Test
    void shouldExpandTheSynonymsOfACorrectedWord() {
        // "fritadera" is corrected to "fritadeira", whose synonym "air fryer" is the product's title
        assertThat(retriever.searchProducts(ProductQuery.parse("fritadera"), 1)).extracting(h -> h.product().id())
                .containsExactly("AIR-1");
    }
}
