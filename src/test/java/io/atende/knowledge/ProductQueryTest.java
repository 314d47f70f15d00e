package io.atende.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductQueryTest {

    @Test
    void shouldReadPriceLimitsTheWayCustomersWriteThem() {
        assertThat(ProductQuery.parse("tem tenis até 300 reais?").maxPrice()).isEqualByComparingTo("300");
        assertThat(ProductQuery.parse("notebook ate R$ 1.500").maxPrice()).isEqualByComparingTo("1500");
        assertThat(ProductQuery.parse("fone abaixo de 200").maxPrice()).isEqualByComparingTo("200");
        assertThat(ProductQuery.parse("celular por menos de 2 mil").maxPrice()).isEqualByComparingTo("2000");
        assertThat(ProductQuery.parse("perfume de R$ 99,90 a 150").maxPrice()).isEqualByComparingTo("150");
        ProductQuery between = ProductQuery.parse("panela entre 100 e 300 reais");
        assertThat(between.minPrice()).isEqualByComparingTo("100");
        assertThat(between.maxPrice()).isEqualByComparingTo("300");
        assertThat(between.text()).isEqualTo("panela");
    }

    @Test
    void shouldNotMistakeDaysOrInstallmentsForPrices() {
        assertThat(ProductQuery.parse("chega em até 5 dias?").hasPriceRange()).isFalse();
        assertThat(ProductQuery.parse("parcela em até 12x?").hasPriceRange()).isFalse();
        assertThat(ProductQuery.parse("parcela em até 10 vezes?").hasPriceRange()).isFalse();
    }

    @Test
    void shouldAcceptPricesInsideTheRange() {
        ProductQuery q = ProductQuery.parse("até 300");
        assertThat(q.accepts(new BigDecimal("299.99"))).isTrue();
        assertThat(q.accepts(new BigDecimal("300.01"))).isFalse();
    }
}
