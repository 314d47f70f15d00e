package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CepExtractorTest {

    private final CepExtractor extractor = new CepExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"01310-100", "01310100", "01.310-100", "meu cep é 01310-100, sp", "cep:01310100"})
    void shouldAcceptCepWithOrWithoutPunctuation(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.valid(new Cep("01310100"), "01310-100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0131010", "01310-10", "cep 1310100", "013101000"})
    void shouldRejectCepWithSevenOrNineDigits(String text) {
        assertThat(extractor.extract(text)).isInstanceOf(Extracted.Invalid.class)
                .extracting(r -> ((Extracted.Invalid<Cep>) r).retryMessageKey()).isEqualTo(CepExtractor.RETRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000-000", "00000000"})
    void shouldRejectAllZerosCep(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.invalid("all zeros", CepExtractor.RETRY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qual o frete pra minha cidade?", "123.456.789-09", "15/03/2026"})
    void shouldFindNothingWithoutACep(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.absent());
    }
}
