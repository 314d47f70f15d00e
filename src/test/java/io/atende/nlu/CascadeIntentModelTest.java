package io.atende.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The English cascade with a counting stand-in encoder: confident messages never reach the encoder, uncertain
 * ones do, and non-English training data never gets the cascade at all.
 */
class CascadeIntentModelTest {

    /** A bag-of-words "embedding": each word switches on one of 64 dimensions; counts every text it embeds. */
    static final class CountingEncoder implements SentenceEncoder {
        final AtomicInteger embedded = new AtomicInteger();

        @Override
        public float[] embed(String text) {
            embedded.incrementAndGet();
            float[] v = new float[dimension()];
            for (String w : TextNormalizer.words(text)) {
                v[Math.floorMod(w.hashCode(), v.length)] += 1;
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.max(1e-9, Math.sqrt(norm));
            }
            return v;
        }

        @Override
        public int dimension() {
            return 64;
        }
    }

    private static List<LabelledUtterance> english() {
        List<LabelledUtterance> out = new ArrayList<>();
        add(out, "track_order", "where is my order", "I want to track my package", "my order has not arrived yet",
                "what is the status of my order", "can you tell me where my parcel is");
        add(out, "refund", "I want my money back", "how do I get a refund", "please refund my purchase",
                "can I return this and get a refund", "I need a refund for the broken item");
        add(out, "greeting", "hello there", "hi how are you", "good morning", "hey, is anyone there",
                "good evening to you");
        return out;
    }

    private static void add(List<LabelledUtterance> out, String intent, String... texts) {
        for (String t : texts) {
            out.add(new LabelledUtterance(t, intent));
        }
    }

    @Test
    void shouldAnswerConfidentMessagesWithoutEmbeddingThem() {
        CountingEncoder encoder = new CountingEncoder();
        CalibratedIntentClassifier model = new IntentTrainer(NluProperties.DEFAULTS, () -> encoder)
                .trainForLanguage(english(), null);
        assertThat(model).isInstanceOf(CascadeIntentModel.class);
        int afterTraining = encoder.embedded.get();
        assertThat(afterTraining).isEqualTo(english().size());

        assertThat(model.classify("where is my order").label()).isEqualTo("track_order");
        assertThat(model.classify("how do I get a refund").label()).isEqualTo("refund");
        assertThat(encoder.embedded.get()).isEqualTo(afterTraining);
    }

    @Test
    void shouldEmbedMessagesTheSparseModelIsUnsureOf() {
        CountingEncoder encoder = new CountingEncoder();
        CascadeIntentModel model = (CascadeIntentModel) new IntentTrainer(NluProperties.DEFAULTS, () -> encoder)
                .trainForLanguage(english(), null);
        int afterTraining = encoder.embedded.get();

        IntentPrediction p = model.classify("zebra quantum saxophone");
        assertThat(encoder.embedded.get()).isEqualTo(afterTraining + 1);
        assertThat(p.ranked()).hasSize(3);
        assertThat(model.escalated()).isEqualTo(1.0);
        // a text without words is out of scope at once, embedded by nobody
        assertThat(model.classify("?!").outOfScope()).isTrue();
        assertThat(encoder.embedded.get()).isEqualTo(afterTraining + 1);
    }

    @Test
    void shouldCalibrateTheCascadeToCatchTheTargetShareOfValidationOutOfScope() {
        List<String> outOfScope = List.of("what is the weather in paris", "tell me a joke",
                "how tall is mount everest", "a recipe for pancakes");
        List<LabelledUtterance> validation = new ArrayList<>();
        add(validation, "track_order", "where's my parcel now");
        add(validation, "refund", "refund please");
        add(validation, "greeting", "hi there, good morning");
        outOfScope.forEach(t -> validation.add(new LabelledUtterance(t, LabelledUtterance.OUT_OF_SCOPE)));
        CascadeIntentModel model = (CascadeIntentModel) new IntentTrainer(NluProperties.DEFAULTS, CountingEncoder::new)
                .trainForLanguage(english(), validation);
        assertThat(model.threshold()).as("the slow path got a threshold of its own").isPositive();
        // cascade-oos-recall 0.7 of 4 messages: at least 3 must be recognised, by either stage
        assertThat(outOfScope.stream().filter(t -> model.classify(t).outOfScope()).count()).isGreaterThanOrEqualTo(3);
        assertThat(model.classify("where is my order").label()).isEqualTo("track_order");
    }

    @Test
    void shouldEscalateOnlyBelowTheConfiguredProbability() {
        CascadeIntentModel model = (CascadeIntentModel) new IntentTrainer(NluProperties.DEFAULTS, CountingEncoder::new)
                .trainForLanguage(english(), null);
        assertThat(model.escalates(new double[] {5, 0, 0})).isFalse(); // top probability 0.99
        assertThat(model.escalates(new double[] {1, 0, 0})).isTrue(); // top probability 0.58
    }

    @Test
    void shouldNeverUseTheEncoderForPortugueseTrainingData() {
        List<LabelledUtterance> portuguese = new ArrayList<>();
        add(portuguese, "rastrear_pedido", "onde está meu pedido?", "quero rastrear minha encomenda",
                "meu pedido não chegou", "qual o status da minha compra");
        add(portuguese, "agradecimento", "obrigado pela ajuda", "valeu, você ajudou muito", "muito obrigada");
        CalibratedIntentClassifier model = new IntentTrainer(NluProperties.DEFAULTS, () -> {
            throw new AssertionError("the encoder must not be loaded for Portuguese");
        }).trainForLanguage(portuguese, null);
        assertThat(model).isInstanceOf(TrainedIntentModel.class);
        assertThat(model.classify("cadê meu pedido").label()).isEqualTo("rastrear_pedido");
    }

    @Test
    void shouldKeepTheSparseModelWhenTheCascadeIsOff() throws Exception {
        NluProperties off = NluExperiment.with(NluProperties.DEFAULTS, "cascade", "off");
        CalibratedIntentClassifier model = new IntentTrainer(off, () -> {
            throw new AssertionError("the encoder must not be loaded when the cascade is off");
        }).trainForLanguage(english(), null);
        assertThat(model).isInstanceOf(TrainedIntentModel.class);
    }

    @Test
    void shouldTellEnglishFromPortugueseTrainingData() {
        assertThat(TrainingLanguage.isEnglish(english())).isTrue();
        assertThat(TrainingLanguage.isEnglish(List.of(new LabelledUtterance("vc sabe qnd chega meu pedido?", "a"),
                new LabelledUtterance("quero trocar o tamanho da camiseta", "b")))).isFalse();
    }
}
