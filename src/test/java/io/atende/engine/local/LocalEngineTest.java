package io.atende.engine.local;

import static io.atende.engine.local.LabelledTurnsTest.said;
import static io.atende.engine.local.LabelledTurnsTest.understood;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.engine.EngineRequest.HistoryEntry;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import io.atende.pack.Product;
import io.atende.shared.ConversationId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local engine over the demo pack: real questions, real answers. */
class LocalEngineTest {

    private static Pack pack;
    private static LocalEngine engine;

    @BeforeAll
    static void load() {
        pack = PackLoader.load(Path.of("packs/demo-store"));
        engine = new LocalEngine(pack, KnowledgeBase.inMemory(pack));
    }

    private static EngineDecision ask(String text, HistoryEntry... history) {
        return engine.decide(new EngineRequest(ConversationId.random(), List.of(text), List.of(history), Map.of()));
    }

    private static List<String> answersOf(String intent) {
        return pack.intents().stream().filter(i -> i.name().equals(intent)).findFirst().orElseThrow().answers();
    }

    @Test
    void shouldGreetWithAPackAnswer() {
        EngineDecision d = ask("oi");
        assertThat(understood(d).intent()).isEqualTo("saudacao");
        assertThat(understood(d).route()).isEqualTo("intent");
        assertThat(said(d)).isEqualTo(answersOf("saudacao").getFirst());
    }

    @Test
    void shouldCompareTwoProductsSideBySideWithWhatDiffers() {
        EngineDecision d = ask("qual a diferenca entre o galaxy a15 e o a16?");
        assertThat(understood(d).route()).isEqualTo("compare");
        assertThat(said(d)).contains("Galaxy A15 128GB", "Smartphone Samsung Galaxy A16 5G", "rede: 4G × 5G",
                "R$ 250,00 a menos").doesNotContain("Capa");
    }

    @Test
    void shouldLookForTheSecondProductOfAComparisonInTheFirstOnesCategory() {
        EngineDecision d = ask("air fryer mondial ou philco, qual melhor?");
        assertThat(understood(d).route()).isEqualTo("compare");
        assertThat(said(d)).contains("Air Fryer Mondial", "Fritadeira Elétrica sem Óleo Philco", "voltagem: 220V × 127V");
    }

    @Test
    void shouldTreatAQuestionForTheBestOfAKindAsASearchNotAComparison() {
        EngineDecision d = ask("qual a melhor air fryer?");
        assertThat(understood(d).route()).isEqualTo("products");
    }

    @Test
    void shouldRotateIntentAnswersByHistoryLength() {
        EngineDecision d = ask("oi", new HistoryEntry(true, "oi"));
        assertThat(said(d)).isEqualTo(answersOf("saudacao").get(1));
    }

    @Test
    void shouldAnswerPixQuestionFromKnowledge() {
        EngineDecision d = ask("vcs aceitam pix?");
        assertThat(understood(d).intent()).isEqualTo("pagamentos/pix");
        assertThat(understood(d).route()).isEqualTo("knowledge");
        assertThat(said(d)).contains("5% de desconto").contains("Fonte: Pagamentos");
    }

    @Test
    void shouldAnswerDeliveryTimeForBeloHorizonteFromSudesteSection() {
        EngineDecision d = ask("qnto tempo demora o frete p/ BH");
        assertThat(understood(d).intent()).isEqualTo("entrega-e-frete/prazos-de-entrega-para-o-sudeste");
        assertThat(said(d)).contains("Belo Horizonte").contains("3 a 6 dias úteis");
    }

    @Test
    void shouldListOnlyNikeSneakersUpToThePriceLimit() {
        EngineDecision d = ask("tem tenis nike ate 300 reais?");
        assertThat(understood(d).route()).isEqualTo("products");
        List<Product> listed = listed(said(d));
        assertThat(listed).isNotEmpty().allSatisfy(p -> {
            assertThat(p.title()).startsWith("Tênis Nike");
            assertThat(p.price()).isLessThanOrEqualTo(new BigDecimal("300"));
        });
        assertThat(said(d)).contains("R$ 299,99").startsWith(pack.messages().render("products_intro", Map.of()));
    }

    @Test
    void shouldListSamsungPhonesForACellphoneQuestion() {
        EngineDecision d = ask("quero um celular samsung");
        List<Product> listed = listed(said(d));
        assertThat(listed).hasSizeBetween(1, 3).allSatisfy(p -> {
            assertThat(p.attributes()).containsEntry("marca", "Samsung");
            assertThat(p.title()).startsWith("Smartphone Samsung");
        });
    }

    @Test
    void shouldTreatABrokenProductAsAWarrantyQuestion() {
        EngineDecision d = ask("minha air fryer parou");
        assertThat(understood(d).route()).isEqualTo("knowledge");
        // the warranty sections and the exchange for a defect both answer a broken product
        assertThat(understood(d).intent()).matches("garantia/.*|trocas-e-devolucoes/troca-por-defeito");
    }

    @Test
    void shouldSayKindlyThatTheStoreDoesNotKnowInsteadOfGivingTheNearestPolicy() {
        EngineDecision d = ask("vcs entregam no japao?");
        assertThat(understood(d).route()).isEqualTo("knowledge_unknown");
        assertThat(said(d)).isEqualTo(pack.messages().render("knowledge_unknown", Map.of()))
                .doesNotContainIgnoringCase("pagamento na entrega");
    }

    @Test
    void shouldStillAnswerAnAnswerablePolicyQuestionFromItsSection() {
        EngineDecision d = ask("vcs entregam em manaus? qnto tempo demora");
        assertThat(understood(d).route()).isEqualTo("knowledge");
        assertThat(understood(d).intent()).isEqualTo("entrega-e-frete/prazos-de-entrega-para-o-norte");
        assertThat(said(d)).contains("Manaus");
    }

    @Test
    void shouldFallBackKindlyAndOfferAPersonTheSecondTime() {
        String fallback = pack.messages().render("fallback", Map.of());
        EngineDecision first = ask("asdfgh qwerty");
        assertThat(understood(first).route()).isEqualTo("fallback");
        assertThat(said(first)).isEqualTo(fallback);

        EngineDecision second = ask("asdfgh qwerty", new HistoryEntry(true, "asdfgh qwerty"),
                new HistoryEntry(false, fallback));
        assertThat(understood(second).intent()).isEqualTo("fallback_repeat");
        assertThat(said(second)).isEqualTo(pack.messages().render("fallback_repeat", Map.of()));
    }

    @Test
    void shouldStartTheTalkToAPersonJourneyWhenTheCustomerAsksForAPerson() {
        // the demo pack's falar_com_atendente journey is triggered by this intent: it asks the subject, then hands off
        EngineDecision d = ask("quero falar com um atendente");
        assertThat(understood(d).intent()).isEqualTo("falar_com_humano");
        assertThat(d.commands()).noneMatch(EngineCommand.RequestHandoff.class::isInstance)
                .anySatisfy(c -> assertThat(c).isInstanceOfSatisfying(EngineCommand.SetJourney.class,
                        set -> assertThat(set.state().journey()).isEqualTo("falar_com_atendente")));
    }

    @Test
    void shouldAnswerTheQuestionBehindAGreeting() {
        EngineDecision d = ask("oi, vcs parcelam no cartão?");
        assertThat(understood(d).intent()).isEqualTo("pagamentos/cartao-de-credito-e-parcelamento");
        assertThat(said(d)).contains("12 vezes sem juros");
    }

    @Test
    void shouldAnswerBothMessagesOfABurstAsOneQuestion() {
        EngineDecision d = engine.decide(new EngineRequest(ConversationId.random(), List.of("oi", "vcs aceitam pix?"),
                List.of(), Map.of()));
        assertThat(understood(d).intent()).isEqualTo("pagamentos/pix");
    }

    @Test
    void shouldSayWhenTheCatalogHasNothing() {
        EngineDecision d = ask("vcs vendem sofá de 3 lugares?");
        assertThat(understood(d).route()).isEqualTo("products_none");
        assertThat(said(d)).isEqualTo(pack.messages().render("products_none", Map.of()));
    }

    @Test
    void shouldFormatPricesTheBrazilianWay() {
        assertThat(new Replies(pack, KnowledgeBase.inMemory(pack), null).price(new BigDecimal("1299.9"))).isEqualTo("R$ 1.299,90");
    }

    private static List<Product> listed(String text) {
        return pack.products().stream().filter(p -> text.contains(p.url())).toList();
    }
}
