package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CnpjExtractorTest {

    private final CnpjExtractor extractor = new CnpjExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"11.222.333/0001-81", "11222333000181", "cnpj da empresa: 11.222.333/0001-81.",
            "11.222.333 0001 81"})
    void shouldAcceptNumericCnpj(String text) {
        Extracted<Cnpj> result = extractor.extract(text);
        assertThat(result).isEqualTo(Extracted.valid(new Cnpj("11222333000181"), "11.222.333/0001-81"));
        assertThat(result.value().numeric()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.ABC.345/01DE-35", "12ABC34501DE35", "12.abc.345/01de-35", "o cnpj novo é 12ABC34501DE35"})
    void shouldAcceptAlphanumericCnpj(String text) {
        Extracted<Cnpj> result = extractor.extract(text);
        assertThat(result).isEqualTo(Extracted.valid(new Cnpj("12ABC34501DE35"), "12.ABC.345/01DE-35"));
        assertThat(result.value().numeric()).isFalse();
    }

    @Test
    void shouldAcceptAlphanumericCnpjWithLettersInTheOrderPart() {
        assertThat(extractor.extract("A1.B2C.3D4/0001-93").isValid()).isTrue();
    }

    @Test
    void shouldRejectAlphanumericCnpjWithWrongCheckDigit() {
        assertThat(extractor.extract("12.ABC.345/01DE-36"))
                .isEqualTo(Extracted.invalid("wrong check digit", CnpjExtractor.RETRY));
    }

    @Test
    void shouldRejectNumericCnpjWithWrongCheckDigit() {
        assertThat(extractor.extract("11.222.333/0001-80")).isInstanceOf(Extracted.Invalid.class);
    }

    @Test
    void shouldRejectCnpjWithAllDigitsRepeated() {
        assertThat(extractor.extract("00.000.000/0000-00"))
                .isEqualTo(Extracted.invalid("repeated digits", CnpjExtractor.RETRY));
    }

    @Test
    void shouldValueLettersAsAsciiCodeMinus48() {
        // 'A' is 65 - 48 = 17: the Receita Federal's worked example 12.ABC.345/01DE has check digits 3 and 5
        int first = CnpjExtractor.checkDigit("12ABC34501DE", new int[] {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2});
        assertThat(first).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quero nota fiscal no cnpj", "meu cpf 123.456.789-09", "eletrodomesticos12"})
    void shouldFindNothingWithoutACnpj(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.absent());
    }
}
