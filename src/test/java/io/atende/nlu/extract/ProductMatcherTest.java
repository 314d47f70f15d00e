package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.pack.PackLoader;
import io.atende.pack.Product;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductMatcherTest {

    private static ProductMatcher matcher;

    @BeforeAll
    static void loadCatalog() {
        matcher = new ProductMatcher(PackLoader.load(Path.of("packs/demo-store")).products());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CEL-0001|CEL-0001",
            "quero o cel0001|CEL-0001",
            "galaxy a15|CEL-0001",
            "iphone 16 pro|CEL-0018",
            "notbook dell i7|INF-0002",
            "smartfone samsumg a16|CEL-0002",
            "geladera eletrolux 220|ELE-0002",
            "moto g75|CEL-0009"})
    void shouldFindTheProductDespiteTyposAndMissingAccents(String text, String id) {
        Extracted<ProductCandidate> result = matcher.extract(text);
        assertThat(result.isValid()).as(text).isTrue();
        assertThat(result.value().product().id()).isEqualTo(id);
    }

    @Test
    void shouldScoreAnExactIdAsOne() {
        assertThat(matcher.candidates("CEL-0001", 5).get(0).score()).isEqualTo(1.0);
    }

    @Test
    void shouldRankCandidatesWithScoresBestFirst() {
        List<ProductCandidate> candidates = matcher.candidates("fone jbl", 3);
        assertThat(candidates).hasSize(3);
        assertThat(candidates.get(0).product().id()).isEqualTo("CEL-0019");
        assertThat(candidates).extracting(ProductCandidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(candidates).allSatisfy(c -> assertThat(c.score()).isBetween(0.3, 1.0));
    }

    @Test
    void shouldCallItAmbiguousWhenOnlyTheVoltageDiffers() {
        assertThat(matcher.extract("quero a airfryer mondial"))
                .isEqualTo(Extracted.invalid("several products fit equally", ProductMatcher.RETRY_AMBIGUOUS));
        assertThat(matcher.candidates("quero a airfryer mondial", 2)).extracting(c -> c.product().id())
                .containsExactlyInAnyOrder("COZ-0001", "COZ-0002");
    }

    @Test
    void shouldFindNoProductInAPolicyQuestion() {
        assertThat(matcher.candidates("quanto custa o frete pra entrega?", 5)).isEmpty();
        assertThat(matcher.extract("bom dia, tudo bem?")).isEqualTo(Extracted.absent());
    }

    @Test
    void shouldWorkOnAnyCatalog() {
        Product mug = new Product("SKU-9", "Caneca Térmica Inox 500ml", "", java.math.BigDecimal.TEN, "Casa", 1, "", "",
                java.util.Map.of());
        assertThat(new ProductMatcher(List.of(mug)).extract("caneca termica").value().product()).isEqualTo(mug);
    }
}
