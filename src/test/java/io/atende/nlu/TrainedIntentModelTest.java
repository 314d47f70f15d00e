package io.atende.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The classifier on a small pt-BR fixture: chat writing still finds its intent, unrelated text does not. */
class TrainedIntentModelTest {

    private static TrainedIntentModel model;

    @BeforeAll
    static void train() {
        List<LabelledUtterance> examples = new ArrayList<>();
        add(examples, "saudacao", "oi", "olá, tudo bem?", "bom dia", "boa tarde", "boa noite", "e aí", "opa, beleza?");
        add(examples, "agradecimento", "obrigado", "obrigada pela ajuda", "valeu", "muito obrigado", "agradeço");
        add(examples, "rastrear_pedido", "onde está meu pedido?", "quero rastrear minha encomenda",
                "meu pedido não chegou", "qual o status da minha compra", "código de rastreio do pedido");
        add(examples, "falar_com_humano", "quero falar com um atendente", "me passa para uma pessoa",
                "atendimento humano", "falar com alguém de verdade");
        model = new IntentTrainer(NluProperties.DEFAULTS).train(examples).withThreshold(0.5);
    }

    private static void add(List<LabelledUtterance> out, String intent, String... texts) {
        for (String t : texts) {
            out.add(new LabelledUtterance(t, intent));
        }
    }

    @Test
    void shouldFindTheIntentDespiteTyposMissingAccentsCapsAndEmoji() {
        assertThat(model.classify("OLAAA TUDO BEM??").label()).isEqualTo("saudacao");
        assertThat(model.classify("obrigadaa 🙏").label()).isEqualTo("agradecimento");
        assertThat(model.classify("onde esta meu pedidoo").label()).isEqualTo("rastrear_pedido");
        assertThat(model.classify("qro falar c atendente pfv").label()).isEqualTo("falar_com_humano");
    }

    @Test
    void shouldSpellOutChatAbbreviations() {
        assertThat(TextNormalizer.words("Vc sabe pq o pedido n chegou? qnto tempo, blz?"))
                .containsExactly("voce", "sabe", "porque", "o", "pedido", "nao", "chegou", "quanto", "tempo", "beleza");
    }

    @Test
    void shouldCallAnUnrelatedSentenceOutOfScope() {
        IntentPrediction p = model.classify("previsão de chuva forte em recife amanhã cedo");
        assertThat(p.outOfScope()).isTrue();
        assertThat(p.intent()).isEmpty();
        assertThat(p.label()).isEqualTo(LabelledUtterance.OUT_OF_SCOPE);
        assertThat(model.classify("...?!").outOfScope()).isTrue();
        assertThat(model.classify("   ").outOfScope()).isTrue();
    }

    @Test
    void shouldRankEveryIntentWithConfidencesThatSumToAtMostOne() {
        IntentPrediction p = model.classify("bom dia");
        assertThat(p.ranked()).extracting(RankedIntent::name)
                .containsExactlyInAnyOrder("saudacao", "agradecimento", "rastrear_pedido", "falar_com_humano");
        assertThat(p.ranked()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(p.ranked().stream().mapToDouble(RankedIntent::confidence).sum()).isLessThanOrEqualTo(1.0 + 1e-9);
        assertThat(p.confidence()).isGreaterThan(0.5);
    }

    @Test
    void shouldBeMoreConfidentTheCloserAMessageIsToTheExamples() {
        double exact = confidenceOf("onde está meu pedido?");
        double partial = confidenceOf("onde está");
        double far = confidenceOf("hoje está calor");
        assertThat(exact).isGreaterThan(partial);
        assertThat(partial).isGreaterThan(far);
    }

    @Test
    void shouldKeepTheOrderOfConfidencesWhateverTheTemperature() {
        double[] scores = {2.0, 0.5, -1.0};
        for (double t : new double[] {0.3, 1, 4}) {
            double[] p = Calibration.softmax(scores, t);
            assertThat(p[0]).isGreaterThan(p[1]);
            assertThat(p[1]).isGreaterThan(p[2]);
        }
        assertThat(Calibration.softmax(scores, 0.3)[0]).isGreaterThan(Calibration.softmax(scores, 4)[0]);
    }

    private static double confidenceOf(String text) {
        return model.classify(text).ranked().stream().filter(r -> r.name().equals("rastrear_pedido")).findFirst()
                .orElseThrow().confidence();
    }
}
