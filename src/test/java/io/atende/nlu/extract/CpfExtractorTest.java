package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CpfExtractorTest {

    private final CpfExtractor extractor = new CpfExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"123.456.789-09", "12345678909", "meu cpf é 123.456.789-09 ok?", "123456789-09",
            "123 456 789 09", "CPF:123.456.789-09"})
    void shouldAcceptValidCpfWithOrWithoutPunctuation(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.valid(new Cpf("12345678909"), "123.456.789-09"));
    }

    @Test
    void shouldAcceptAnotherValidCpf() {
        assertThat(extractor.extract("529.982.247-25").isValid()).isTrue();
    }

    @Test
    void shouldRejectCpfWithWrongCheckDigit() {
        assertThat(extractor.extract("123.456.789-08"))
                .isEqualTo(Extracted.invalid("wrong check digit", CpfExtractor.RETRY));
        assertThat(extractor.extract("12345678919")).isInstanceOf(Extracted.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"111.111.111-11", "00000000000", "999.999.999-99"})
    void shouldRejectCpfWithAllDigitsRepeated(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.invalid("repeated digits", CpfExtractor.RETRY));
    }

    @Test
    void shouldAskAgainWhenAPunctuatedCpfMissesADigit() {
        assertThat(extractor.extract("123.456.789-0")).isEqualTo(Extracted.invalid("10 digits", CpfExtractor.RETRY_LENGTH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oi, quero saber do meu pedido", "cep 01310-100", "R$ 1.299,90"})
    void shouldFindNothingWithoutACpf(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.absent());
    }

    @Test
    void shouldNotPrintTheCpfInToString() {
        assertThat(new Cpf("12345678909").toString()).doesNotContain("123");
    }

    @Test
    void shouldNotConstructAnInvalidCpf() {
        assertThatThrownBy(() -> new Cpf("12345678900")).isInstanceOf(IllegalArgumentException.class);
    }
}
