package io.atende.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GroundingGuardrailTest {

    private final GroundingGuardrail guardrail = new GroundingGuardrail();

    @Test
    void shouldAcceptAPriceWrittenAnotherWayThanTheSource() {
        assertThat(guardrail.unsupported("Sai por R$ 1.299,90 à vista.", "price: 1299.90")).isEmpty();
        assertThat(guardrail.unsupported("Sai por 1299.90.", "Preço: R$ 1.299,90")).isEmpty();
        assertThat(guardrail.unsupported("Custa R$ 300,00.", "até 300 reais")).isEmpty();
    }

    @Test
    void shouldNameEachInventedFigure() {
        assertThat(guardrail.unsupported(
                "Chega em 3 dias úteis, com 10% de desconto, e temos 12 em estoque. Custa R$ 1.299,90.",
                "prazo de 5 dias úteis; estoque: 12; R$ 1.299,90"))
                .containsExactly("3", "10");
    }

    @Test
    void shouldReadAmbiguousSeparatorsBothWays() {
        assertThat(GroundingGuardrail.readings("1.500")).contains(new BigDecimal("1500"), new BigDecimal("1.5"));
        assertThat(guardrail.unsupported("O limite é 1.500.", "limite: 1500")).isEmpty();
        assertThat(guardrail.unsupported("Pesa 1,5 kg.", "peso 1.5")).isEmpty();
    }

    @Test
    void shouldNotTakeListMarkersForFigures() {
        assertThat(guardrail.unsupported("Opções:\n1. Air fryer\n2) Panela", "air fryer, panela")).isEmpty();
    }
}
