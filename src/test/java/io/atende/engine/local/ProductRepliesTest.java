package io.atende.engine.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineRequest;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.TestPacks;
import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Product replies of the local engine: a list offers its products to tap, one product shows its details and picture. */
class ProductRepliesTest {

    private static LocalEngine demo;

    @BeforeAll
    static void load() {
        Pack pack = PackLoader.load(Path.of("packs/demo-store"));
        demo = new LocalEngine(pack, KnowledgeBase.inMemory(pack));
    }

    private static EngineCommand.Say reply(LocalEngine engine, String text) {
        return engine.decide(new EngineRequest(ConversationId.random(), List.of(text), List.of(), Map.of())).commands()
                .stream().filter(EngineCommand.Say.class::isInstance).map(EngineCommand.Say.class::cast)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void shouldOfferEachProductOfAListToTapWithItsPrice() {
        EngineCommand.Say list = reply(demo, "tem air fryer?");

        assertThat(list.choices()).hasSizeGreaterThan(1);
        assertThat(list.choices()).extracting(Choice::title).allSatisfy(title -> assertThat(list.text()).contains(title));
        assertThat(list.choices()).extracting(Choice::detail).allMatch(d -> d.matches("R\\$ \\d{1,3}(\\.\\d{3})*,\\d{2}"));
        assertThat(list.image()).isNull();
    }

    @Test
    void shouldDescribeATappedProductWithItsPictureAndOfferNothingMore() {
        EngineCommand.Say tapped = reply(demo, "Air Fryer Mondial 4L Family AFN-40-BI 127V");

        assertThat(tapped.text()).startsWith("Air Fryer Mondial 4L Family AFN-40-BI 127V — R$ 349,90\n")
                .contains("cesto antiaderente de 4 litros")
                .contains("https://casaaurora.com.br/p/air-fryer-mondial-4l-family-afn-40-bi-127v")
                .doesNotContain("Encontrei estas opções");
        assertThat(tapped.image()).isEqualTo("https://casaaurora.com.br/img/COZ-0001.jpg");
        assertThat(tapped.choices()).isEmpty();
    }

    @Test
    void shouldDescribeExactlyTheProductTappedInEveryRowOfAList() {
        Map<String, String> images = new java.util.HashMap<>();
        PackLoader.load(Path.of("packs/demo-store")).products().forEach(p -> images.put(p.title(), p.image()));
        int tapped = 0;
        for (String search : List.of("tem tênis?", "tem notebook?", "tem celular samsung?", "tem air fryer?",
                "tem geladeira?", "tem fone bluetooth?")) {
            for (Choice row : reply(demo, search).choices()) {
                EngineCommand.Say detail = reply(demo, row.title());
                assertThat(detail.text()).as(search + " -> " + row.title()).startsWith(row.title() + " — ");
                assertThat(detail.image()).isEqualTo(images.get(row.title()));
                assertThat(detail.choices()).isEmpty();
                tapped++;
            }
        }
        assertThat(tapped).isGreaterThan(10);
    }

    @Test
    void shouldListAndDescribeProductsTheCatalogGivesNoCategoryLinkOrPicture() throws Exception {
        Path copy = TestPacks.copyOfTestPack();
        Files.writeString(copy.resolve("catalog/products.csv"), """
                id,title,description,price,category,stock,url,image,attributes
                VSO-1,Vaso de Cerâmica Branco Pequeno,,49.90,,3,,,
                VSO-2,Vaso de Cerâmica Branco Grande,Vaso alto.,89.90,,0,,,
                """);
        Files.writeString(copy.resolve("messages.yaml"), Files.readString(copy.resolve("messages.yaml"))
                + "product_detail: \"{{title}} — {{price}}{{stock_note}}\\n{{description}}\\n{{url}}\"\n");
        Pack pack = PackLoader.load(copy);
        LocalEngine engine = new LocalEngine(pack, KnowledgeBase.inMemory(pack));

        EngineCommand.Say list = reply(engine, "tem vaso de cerâmica?");
        assertThat(list.choices()).extracting(Choice::title).containsExactlyInAnyOrder(
                "Vaso de Cerâmica Branco Pequeno", "Vaso de Cerâmica Branco Grande");
        EngineCommand.Say one = reply(engine, "Vaso de Cerâmica Branco Grande");
        assertThat(one.text()).startsWith("Vaso de Cerâmica Branco Grande — R$ 89,90 (sem estoque)\nVaso alto.");
        assertThat(one.image()).isNull();
    }
}
