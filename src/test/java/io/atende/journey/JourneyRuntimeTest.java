package io.atende.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.atende.journey.JourneyEffect.Capture;
import io.atende.journey.JourneyEffect.End;
import io.atende.journey.JourneyEffect.Handoff;
import io.atende.journey.JourneyEffect.Say;
import io.atende.journey.JourneyEffect.Wait;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The step runtime on its own ports: a reader that finds digits, and scripted tools. */
class JourneyRuntimeTest {

    /** Reads any run of digits as the value; "?" marks an invalid one; yes/no as sim/não. */
    private static final AttributeReader READER = (type, text) -> {
        if (type == AttributeType.YES_NO) {
            return text.contains("sim") ? new AttributeReader.Reading.Found("true")
                    : text.contains("não") ? new AttributeReader.Reading.Found("false") : new AttributeReader.Reading.Absent();
        }
        if (text.contains("?")) {
            return new AttributeReader.Reading.Invalid("valor inválido");
        }
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? new AttributeReader.Reading.Absent() : new AttributeReader.Reading.Found(digits);
    };

    private final List<Map<String, Object>> calls = new ArrayList<>();

    private JourneyRuntime runtime(ToolCaller.Result result) {
        return new JourneyRuntime(READER, (tool, parameters) -> {
            calls.add(parameters);
            return result;
        });
    }

    private static Journey credit(String onError) {
        return new Journey("credito", "Analisar crédito.", new Journey.Triggers(List.of(), List.of("crédito")), List.of(
                new Step.Ask("renda", "renda", AttributeType.MONEY, "Qual é a sua renda?", null, 1, "consultar", null),
                new Step.CallTool("consultar", "score", Map.of("renda", Rule.parse("renda"), "dobro", Rule.parse("renda * 2")),
                        "credito", "decidir", onError),
                new Step.Branch("decidir", List.of(new Step.When(Rule.parse("credito.score >= 700"), "aprovado")),
                        "recusado", onError),
                new Step.Finish("aprovado", "aprovado", "Aprovado, renda {{renda}}, score {{credito.score}}."),
                new Step.Finish("recusado", "recusado", null),
                new Step.Handoff("falha", "Falhou para renda {{renda}}.", "Vou chamar alguém.")));
    }

    @Test
    void shouldCallTheToolWithEvaluatedParametersAndBranchOnItsAnswer() {
        JourneyRuntime runtime = runtime(new ToolCaller.Result.Answered(Map.of("score", 720)));
        List<JourneyEffect> started = runtime.start(credit(null), Map.of());
        assertThat(started).containsExactly(new Say("Qual é a sua renda?", AttributeType.MONEY),
                new Wait(new JourneyState("credito", "renda", 0, Map.of())));

        List<JourneyEffect> done = runtime.answer(credit(null), new JourneyState("credito", "renda", 0, Map.of()),
                "ganho 3000", Map.of()).orElseThrow();
        assertThat(done).containsExactly(new Capture("renda", "3000"), new Say("Aprovado, renda 3000, score 720."),
                new End("credito", "aprovado"));
        assertThat(calls).containsExactly(Map.of("renda", "3000", "dobro", new java.math.BigDecimal("6000")));
    }

    @Test
    void shouldTakeOnErrorWhenARuleCannotBeDecidedAndHandOffWhenThereIsNone() {
        // an approval without a score: the rule cannot be decided, and that is never read as false
        JourneyRuntime runtime = runtime(new ToolCaller.Result.Answered(Map.of("limite", 100)));
        assertThat(runtime.start(credit("falha"), Map.of("renda", "3000")))
                .containsExactly(new Handoff("Falhou para renda 3000.", "Vou chamar alguém."), new End("credito", "handoff"));
        List<JourneyEffect> noOnError = runtime.start(credit(null), Map.of("renda", "3000"));
        assertThat(noOnError.getFirst()).isInstanceOfSatisfying(Handoff.class, h -> assertThat(h.text()).isNull());
        assertThat(noOnError.getLast()).isEqualTo(new End("credito", "handoff"));
    }

    @Test
    void shouldOfferTheStepsChoicesWithPlaceholdersFilledOnTheQuestionItsRetryAndItsReask() {
        Journey journey = new Journey("renda", "Renda.", new Journey.Triggers(List.of(), List.of("renda")), List.of(
                new Step.Ask("renda", "renda", AttributeType.MONEY, "Qual é a sua renda?", "De novo?", 2, "fim", null,
                        List.of("1000", "{{base}}", "{{vazio}}")),
                new Step.Finish("fim", "ok", null)));
        JourneyRuntime runtime = runtime(new ToolCaller.Result.Failed("unused"));
        Map<String, String> known = Map.of("base", "2500");
        JourneyState waiting = new JourneyState("renda", "renda", 0, Map.of());

        assertThat(runtime.start(journey, known).getFirst())
                .isEqualTo(new Say("Qual é a sua renda?", AttributeType.MONEY, List.of("1000", "2500")));
        assertThat(runtime.retry(journey, waiting, known, null).getFirst())
                .isEqualTo(new Say("De novo?", AttributeType.MONEY, List.of("1000", "2500")));
        assertThat(runtime.reask(journey, waiting, known).getFirst())
                .isEqualTo(new Say("Qual é a sua renda?", AttributeType.MONEY, List.of("1000", "2500")));
        // a tapped choice is an answer like a typed one
        assertThat(runtime.answer(journey, waiting, "2500", known).orElseThrow().getFirst())
                .isEqualTo(new Capture("renda", "2500"));
    }

    @Test
    void shouldTakeOnErrorWhenTheToolFails() {
        JourneyRuntime runtime = runtime(new ToolCaller.Result.Failed("timeout"));
        assertThat(runtime.start(credit("falha"), Map.of("renda", "3000")).getFirst())
                .isEqualTo(new Handoff("Falhou para renda 3000.", "Vou chamar alguém."));
    }

    @Test
    void shouldRetryWithTheReadersMessageThenGiveUp() {
        JourneyRuntime runtime = runtime(new ToolCaller.Result.Failed("unused"));
        JourneyState waiting = new JourneyState("credito", "renda", 0, Map.of());
        List<JourneyEffect> retry = runtime.answer(credit(null), waiting, "???", Map.of()).orElseThrow();
        assertThat(retry).containsExactly(new Say("valor inválido", AttributeType.MONEY), new Wait(new JourneyState("credito", "renda", 1, Map.of())));
        assertThat(runtime.answer(credit(null), waiting, "não sei", Map.of())).isEmpty();
        // max_retries 1: the second failed answer gives up (no on_fail: a person takes over)
        List<JourneyEffect> gaveUp = runtime.retry(credit(null), new JourneyState("credito", "renda", 1, Map.of()),
                Map.of(), null);
        assertThat(gaveUp.getFirst()).isInstanceOf(Handoff.class);
        assertThat(gaveUp.getLast()).isEqualTo(new End("credito", "handoff"));
    }

    @Test
    void shouldNeverTakeAnUnclearConsentAnswerAsConsent() {
        Journey optin = new Journey("optin", "Opt-in.", new Journey.Triggers(List.of(), List.of("ofertas")), List.of(
                new Step.Consent("aceita", "aceita_ofertas", "Posso te mandar ofertas?", "fim"),
                new Step.Finish("fim", "respondido", null)));
        JourneyRuntime runtime = runtime(new ToolCaller.Result.Failed("unused"));
        JourneyState unclear = new JourneyState("optin", "aceita", JourneyRuntime.CONSENT_RETRIES, Map.of());
        assertThat(runtime.retry(optin, unclear, Map.of(), null))
                .containsExactly(new Capture("aceita_ofertas", "false"), new End("optin", "respondido"))
                .noneMatch(JourneyEffect.Consent.class::isInstance);
    }
}
