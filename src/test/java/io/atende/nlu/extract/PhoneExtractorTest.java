package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneExtractorTest {

    private final PhoneExtractor extractor = new PhoneExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+55 (11) 98765-4321|+5511987654321",
            "+5511987654321|+5511987654321",
            "5511987654321|+5511987654321",
            "(11) 98765-4321|+5511987654321",
            "11 98765 4321|+5511987654321",
            "11987654321|+5511987654321",
            "011 98765-4321|+5511987654321",
            "(21)99876-5432|+5521998765432",
            "meu zap é 85 9 8765-4321|+5585987654321"})
    void shouldAcceptMobileNumbers(String text, String e164) {
        Extracted<Phone> result = extractor.extract(text);
        assertThat(result.isValid()).as(text).isTrue();
        assertThat(result.value().e164()).isEqualTo(e164);
        assertThat(result.value().mobile()).isTrue();
    }

    @Test
    void shouldAddTheNinthDigitToAMobileWrittenWithoutIt() {
        Extracted<Phone> result = extractor.extract("(11) 8765-4321");
        assertThat(result.value()).isEqualTo(new Phone("11", "987654321"));
        assertThat(result.value().formatted()).isEqualTo("(11) 98765-4321");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(11) 3456-7890|+551134567890",
            "+55 51 3222-1100|+555132221100",
            "4133334444|+554133334444"})
    void shouldAcceptLandlines(String text, String e164) {
        Extracted<Phone> result = extractor.extract(text);
        assertThat(result.value().e164()).isEqualTo(e164);
        assertThat(result.value().mobile()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"(20) 98765-4321", "(10) 3456-7890", "+55 23 98765-4321", "5299876-5432"})
    void shouldRejectDddThatDoesNotExist(String text) {
        assertThat(extractor.extract(text)).isInstanceOf(Extracted.Invalid.class)
                .extracting(r -> ((Extracted.Invalid<Phone>) r).retryMessageKey()).isEqualTo(PhoneExtractor.RETRY_DDD);
    }

    @Test
    void shouldAskForTheDddWhenMissingAndNoneIsKnown() {
        assertThat(extractor.extract("98765-4321")).isEqualTo(Extracted.invalid("no DDD", PhoneExtractor.RETRY_MISSING_DDD));
    }

    @Test
    void shouldUseTheDefaultDddWhenTheNumberHasNone() {
        assertThat(new PhoneExtractor("31").extract("98765-4321").value()).isEqualTo(new Phone("31", "987654321"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"(11) 1234-5678", "(11) 88765-4321", "+1 415 555 0100"})
    void shouldRejectNumbersThatAreNeitherMobileNorLandline(String text) {
        assertThat(extractor.extract(text)).isInstanceOf(Extracted.Invalid.class);
    }

    @Test
    void shouldKnowAllSixtySevenDdds() {
        assertThat(Ddd.count()).isEqualTo(67);
        assertThat(Ddd.exists("11")).isTrue();
        assertThat(Ddd.exists("99")).isTrue();
        assertThat(Ddd.exists("20")).isFalse();
        assertThat(Ddd.exists("25")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"me liga amanhã", "123.456.789-09", "R$ 1.299,90"})
    void shouldFindNothingWithoutAPhone(String text) {
        assertThat(extractor.extract(text)).isEqualTo(Extracted.absent());
    }
}
