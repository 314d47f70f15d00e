package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyExtractorTest {

    private final MoneyExtractor extractor = new MoneyExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "R$ 1.299,90|1299.90",
            "R$1299,90|1299.90",
            "1299.90|1299.90",
            "1,299.90|1299.90",
            "R$ 50|50.00",
            "50 reais|50.00",
            "uns 300 conto|300.00",
            "1,2 mil|1200.00",
            "2k|2000.00",
            "2 mil e quinhentos|2500.00",
            "mil e duzentos|1200.00",
            "duzentos e cinquenta reais|250.00",
            "cem reais e cinquenta centavos|100.50",
            "dois mil reais|2000.00",
            "quero gastar até 400|400.00",
            "R$ 1.500|1500.00",
            "paguei 89,90 no frete|89.90",
            "quero 2 unidades de 50 reais|50.00",
            "no máximo mil e quinhentos|1500.00"})
    void shouldReadAmountsInReais(String text, String expected) {
        Extracted<Money> result = extractor.extract(text);
        assertThat(result.isValid()).as(text).isTrue();
        assertThat(result.value()).as(text).isEqualTo(Money.of(expected));
    }

    @Test
    void shouldFormatTheNormalizedAmountInPtBr() {
        assertThat(extractor.extract("1299.9")).isEqualTo(Extracted.valid(Money.of("1299.90"), "R$ 1.299,90"));
    }

    @Test
    void shouldRejectCurrencySignWithoutAmount() {
        assertThat(extractor.extract("R$ ?")).isEqualTo(Extracted.invalid("R$ without an amount", MoneyExtractor.RETRY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quanto custa?", "tem na cor azul?", "uma geladeira"})
    void shouldFindNothingWithoutAnAmount(String text) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.absent());
    }
}
