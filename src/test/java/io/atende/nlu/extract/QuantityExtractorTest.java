package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityExtractorTest {

    private final QuantityExtractor extractor = new QuantityExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2 unidades|2",
            "quero 3|3",
            "3un|3",
            "2x|2",
            "duas|2",
            "quero duas dessa|2",
            "uma dúzia|12",
            "meia dúzia|6",
            "duas dúzias|24",
            "um par|2",
            "dez peças|10",
            "me vê 4 pçs|4",
            "vou querer 2 do de 128gb|2",
            "1|1"})
    void shouldReadQuantities(String text, int expected) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.valid(new Quantity(expected), Integer.toString(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "zero unidades", "5000 unidades"})
    void shouldRejectZeroOrAbsurdQuantities(String text) {
        assertThat(extractor.extract(text)).as(text).isInstanceOf(Extracted.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"qual o prazo?", "R$ 50", "128gb", "50 reais"})
    void shouldFindNothingWithoutAQuantity(String text) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.absent());
    }
}
