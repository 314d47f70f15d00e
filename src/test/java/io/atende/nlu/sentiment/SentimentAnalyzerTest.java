package io.atende.nlu.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentAnalyzerTest {

    private final SentimentAnalyzer analyzer = SentimentAnalyzer.ptBr();

    @Test
    void shouldNotCallItAPriceObjectionWhenTheCustomerSaysItIsNotExpensive() {
        assertThat(analyzer.analyze("não é caro").objections()).doesNotContain(Objection.PRICE);
        assertThat(analyzer.analyze("nem ta caro, gostei").objections()).isEmpty();
        assertThat(analyzer.analyze("é caro").objections()).containsExactly(Objection.PRICE);
    }

    @Test
    void shouldMakeIntensifiedWordsStronger() {
        assertThat(analyzer.analyze("muito caro").score()).isLessThan(analyzer.analyze("caro").score());
        assertThat(analyzer.analyze("meio caro").score()).isGreaterThan(analyzer.analyze("caro").score());
    }

    @Test
    void shouldFlipNegatedPraise() {
        assertThat(analyzer.analyze("não foi bom").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(analyzer.analyze("nao gostei").sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amei 😍", "👏👏", "chegou certinho, obrigadaaa", "top demais"})
    void shouldReadPositiveChatAndEmoji(String text) {
        assertThat(analyzer.analyze(text).sentiment()).as(text).isEqualTo(Sentiment.POSITIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pessimo 😡", "PÉSSIMO atendimento!!!", "horriveeel", "veio quebrado"})
    void shouldReadNegativeChatAndEmoji(String text) {
        assertThat(analyzer.analyze(text).sentiment()).as(text).isEqualTo(Sentiment.NEGATIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qual o prazo pra 01310-100?", "tem na cor azul?", "bom dia"})
    void shouldCallPlainQuestionsNeutral(String text) {
        SentimentResult result = analyzer.analyze(text);
        assertThat(result.sentiment()).as(text).isEqualTo(Sentiment.NEUTRAL);
        assertThat(result.objections()).as(text).isEmpty();
    }

    @Test
    void shouldTellFreightFromPrice() {
        assertThat(analyzer.analyze("o frete ta muito caro").objections()).containsExactly(Objection.FREIGHT);
    }

    @Test
    void shouldDetectEachKindOfObjection() {
        assertThat(analyzer.analyze("demora demais pra chegar").objections()).contains(Objection.DELIVERY_TIME);
        assertThat(analyzer.analyze("isso é golpe?").objections()).contains(Objection.TRUST);
        assertThat(analyzer.analyze("será que serve no meu carro?").objections()).contains(Objection.PRODUCT_DOUBT);
        assertThat(analyzer.analyze("não tenho cartão de crédito").objections()).contains(Objection.PAYMENT);
    }

    @Test
    void shouldKeepTheScoreBetweenMinusOneAndOne() {
        assertThat(analyzer.analyze("pessimo horrivel lixo absurdo 😡😡😡!!!").score()).isBetween(-1.0, -0.5);
        assertThat(analyzer.analyze("amei amei perfeito maravilhoso 😍😍").score()).isBetween(0.5, 1.0);
    }
}
