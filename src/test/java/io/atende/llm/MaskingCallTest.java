package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaskingCallTest {

    private final ScriptedProvider provider = new ScriptedProvider();
    private final ModelRef model = new ModelRef("openai", "gpt-4o-mini");

    private static LlmRequest ask(String text, Set<String> clear) {
        return new LlmRequest(null, Feature.DECISION, List.of(new LlmMessage.User(text)), List.of(), false, 100, clear);
    }

    private String sent() {
        return ((LlmMessage.User) provider.received.getLast().messages().getFirst()).text();
    }

    @Test
    void shouldSendNoCpfEmailPhoneOrCardToTheProvider() {
        String text = "meu cpf é 529.982.247-25, email joana.silva@gmail.com, cel (11) 98765-4321,"
                + " cartão 4111 1111 1111 1111 e cnpj 11.222.333/0001-81";
        new MaskingCall((m, r, p) -> provider.call(m.model(), r, p)).call(model, ask(text, Set.of()), null);

        assertThat(sent()).doesNotContain("529.982.247-25", "joana.silva@gmail.com", "98765-4321", "4111 1111",
                "11.222.333/0001-81");
        assertThat(sent()).contains("[CPF_1]", "[EMAIL_1]", "[TELEFONE_1]", "[CARTAO_1]", "[CNPJ_1]");
    }

    @Test
    void shouldLeavePricesOrderNumbersAndDatesAlone() {
        String text = "o pedido 789012 de R$ 1.299,90 chegou dia 05/12/2026, 2 unidades de 8,5 kg";
        new MaskingCall((m, r, p) -> provider.call(m.model(), r, p)).call(model, ask(text, Set.of()), null);

        assertThat(sent()).isEqualTo(text);
    }

    @Test
    void shouldGiveTheRealValuesBackInTheAnswerAndTheToolArguments() {
        provider.answer(new ChatProvider.Answer("Confirmei o CPF [CPF_1].",
                List.of(new ToolCall("c1", "consultar_pedido", "{\"cpf\":\"[CPF_1]\"}")), Usage.reported(1, 1, 0)));

        ChatProvider.Answer answer = new MaskingCall((m, r, p) -> provider.call(m.model(), r, p))
                .call(model, ask("cpf 529.982.247-25", Set.of()), null);

        assertThat(answer.text()).isEqualTo("Confirmei o CPF 529.982.247-25.");
        assertThat(answer.toolCalls().getFirst().argumentsJson()).isEqualTo("{\"cpf\":\"529.982.247-25\"}");
    }

    @Test
    void shouldSendAValueATollNeedsInClear() {
        new MaskingCall((m, r, p) -> provider.call(m.model(), r, p))
                .call(model, ask("cpf 529.982.247-25", Set.of("529.982.247-25")), null);

        assertThat(sent()).contains("529.982.247-25");
    }

    @Test
    void shouldUnmaskAPlaceholderSplitAcrossStreamedPieces() {
        List<String> shown = new ArrayList<>();
        ModelCall splitter = (m, r, p) -> {
            for (String piece : List.of("Seu CPF é [CP", "F_1", "], certo?")) {
                p.accept(piece);
            }
            return new ChatProvider.Answer("Seu CPF é [CPF_1], certo?", List.of(), null);
        };

        new MaskingCall(splitter).call(model, ask("529.982.247-25", Set.of()), shown::add);

        assertThat(String.join("", shown)).isEqualTo("Seu CPF é 529.982.247-25, certo?");
    }
}
