package io.atende.engine.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftGateTest {

    private final List<String> shown = new ArrayList<>();

    private DraftGate gate(String forbidden) {
        return new DraftGate(text -> !text.contains(forbidden), shown::add);
    }

    @Test
    void shouldShowTheReplyASentenceAtATimeAsItGrows() {
        DraftGate gate = gate("R$ 99");
        for (String piece : List.of("Temos sim", "! O frete é ", "grátis acima de R$ 199. ", "Quer ", "ver opções?")) {
            gate.accept(piece);
        }
        gate.finish();

        assertThat(shown).containsExactly("Temos sim!", "Temos sim! O frete é grátis acima de R$ 199.",
                "Temos sim! O frete é grátis acima de R$ 199. Quer ver opções?");
    }

    @Test
    void shouldNeverShowASentenceTheGuardrailsRefuseNorAnythingAfterIt() {
        DraftGate gate = gate("R$ 99");
        for (String piece : List.of("Claro. ", "Custa R$ 99,90 hoje. ", "Posso ajudar em mais algo?")) {
            gate.accept(piece);
        }
        gate.finish();

        assertThat(shown).containsExactly("Claro.");
    }

    @Test
    void shouldNotCutADecimalNumberAsIfItWereASentenceEnd() {
        DraftGate gate = gate("nada");
        gate.accept("Sai por R$ 1.299");
        gate.accept(",90 à vista");

        assertThat(shown).isEmpty();
        gate.finish();
        assertThat(shown).containsExactly("Sai por R$ 1.299,90 à vista");
    }
}
