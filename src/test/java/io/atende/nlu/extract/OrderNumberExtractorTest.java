package io.atende.nlu.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderNumberExtractorTest {

    private final OrderNumberExtractor extractor = new OrderNumberExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AUR-123456|AUR-123456",
            "aur123456|AUR-123456",
            "meu pedido é o AUR 48219370|AUR-48219370",
            "pedido #4821937|4821937",
            "o número é 1234567890|1234567890",
            "nº 482193, comprei semana passada|482193"})
    void shouldReadOrderNumbers(String text, String expected) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.valid(new OrderNumber(expected), expected));
    }

    @Test
    void shouldNotTakeACorreiosTrackingCodeForAnOrderNumber() {
        assertThat(extractor.extract("o rastreio é AB123456789BR")).isEqualTo(Extracted.absent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pedido 12345", "meu pedido é o 123", "pedido 123456789012"})
    void shouldRejectOrderNumberTooShortOrTooLong(String text) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.invalid("too short or too long", OrderNumberExtractor.RETRY));
    }

    @Test
    void shouldFollowTheStorePattern() {
        OrderNumberExtractor store = OrderNumberExtractor.withPattern("(?i)\\bv\\d{8}\\b");
        assertThat(store.extract("pedido v12345678").value()).isEqualTo(new OrderNumber("V12345678"));
        assertThat(store.extract("pedido 12345678")).isEqualTo(Extracted.absent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cadê meu pedido?", "123.456.789-09", "R$ 1.299,90", "(11) 98765-4321"})
    void shouldFindNothingWithoutAnOrderNumber(String text) {
        assertThat(extractor.extract(text)).as(text).isEqualTo(Extracted.absent());
    }
}
