package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureExtractorTest {

    private final MeasureExtractor extractor = new MeasureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "8|8|",
            "8kg|8|kg",
            "8 kg|8|kg",
            "8,5 kg|8.5|kg",
            "8.5kg|8.5|kg",
            "ele tem 12 quilos|12|quilos",
            "uns 20 kilos mais ou menos|20|kilos",
            "1.500 g|1500|g",
            "1,75 m|1.75|m",
            "pesa 3,250kg|3.25|kg",
            "oito quilos|8|quilos",
            "oito e meio|8.5|",
            "doze quilos e meio|12.5|quilos",
            "tem 0,8 kg|0.8|kg"})
    void shouldReadTheNumberTheWayBraziliansWriteIt(String text, String value, String unit) {
        Extracted<Measure> read = extractor.extract(text);
        assertThat(read).isInstanceOfSatisfying(Extracted.Valid.class, valid -> {
            assertThat(valid.normalized()).isEqualTo(value);
            assertThat(((Measure) valid.value()).unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"não sei", "é grande", "", "quero falar com alguém"})
    void shouldFindNothingWithoutANumber(String text) {
        assertThat(extractor.extract(text)).isInstanceOf(Extracted.Absent.class);
    }
}
