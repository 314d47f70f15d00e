package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.problemsOf;
import static io.atende.pack.TestPacks.warningsOf;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.atende.journey.AttributeType;
import io.atende.journey.Journey;
import io.atende.journey.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JourneyFilesTest {

    private static final String TOOLS = """
            tools:
              - name: consultar_credito
                parameters: [cpf, valor]
            """;

    private static final String CREDIT = """
            name: credito
            goal: Ver se o cliente pode parcelar.
            triggers:
              intents: [saudacao]
              phrases: ["posso parcelar?"]
            steps:
              - id: autorizar
                kind: consent
                attribute: optin
                text: "Autoriza a consulta?"
              - id: pedir_cpf
                kind: ask
                attribute: cpf
                type: cpf
                text: "Qual seu CPF?"
              - id: consultar
                kind: call_tool
                tool: consultar_credito
                with:
                  cpf: cpf
                  valor: 2 * 100.50
                save_as: credito
              - id: decidir
                kind: branch
                rules:
                  - when: credito.code != null and credito.code == 701
                    go: recusado
                  - when: credito.score >= 700
                    go: aprovado
                otherwise: recusado
              - id: aprovado
                kind: say
                text: "Aprovado, {{cpf}}!"
              - id: fim
                kind: finish
                outcome: aprovado
              - id: recusado
                kind: handoff
                reason: "Recusado: {{credito.description}}"
            """;

    @Test
    void shouldLoadEveryJourneyOfTheDemoStore() {
        Pack pack = PackLoader.load(Path.of("packs/demo-store"));
        assertThat(pack.journeys()).extracting(Journey::name)
                .containsExactly("ajuda_compra", "crediario", "falar_com_atendente", "status_pedido", "troca_devolucao");
        Journey credit = pack.journeys().get(1);
        assertThat(credit.steps()).anySatisfy(s -> assertThat(s).isInstanceOf(Step.Consent.class));
        assertThat(credit.step("decidir")).get().isInstanceOfSatisfying(Step.Branch.class,
                b -> assertThat(b.rules().getFirst().rule().test(Map.of("credito",
                        Map.of("code", 701, "description", "CPF não autorizado")))).isTrue());
        assertThat(pack.warnings()).isEmpty();
    }

    @Test
    void shouldReadEveryKindOfStepAndFillInWhereEachStepGoes() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        write(pack, "journeys/credito.yaml", CREDIT);
        Journey journey = PackLoader.load(pack).journeys().getFirst();
        assertThat(journey.goal()).isEqualTo("Ver se o cliente pode parcelar.");
        assertThat(journey.triggers().intents()).containsExactly("saudacao");
        assertThat(journey.start().id()).isEqualTo("autorizar");
        assertThat(journey.step("autorizar")).contains(new Step.Consent("autorizar", "optin", "Autoriza a consulta?", "pedir_cpf"));
        assertThat(journey.step("pedir_cpf")).get().isInstanceOfSatisfying(Step.Ask.class, ask -> {
            assertThat(ask.type()).isEqualTo(AttributeType.CPF);
            assertThat(ask.maxRetries()).isEqualTo(2);
            assertThat(ask.next()).isEqualTo("consultar");
            assertThat(ask.onFail()).isNull();
        });
        assertThat(journey.step("consultar")).get().isInstanceOfSatisfying(Step.CallTool.class, call -> {
            assertThat(call.saveAs()).isEqualTo("credito");
            assertThat(call.parameters().get("valor").toString()).isEqualTo("2 * 100.50");
        });
        assertThat(journey.step("aprovado")).contains(new Step.Say("aprovado", "Aprovado, {{cpf}}!", "fim"));
        assertThat(journey.step("fim")).contains(new Step.Finish("fim", "aprovado", null));
    }

    @Test
    void shouldSayWhatToDoWhenAJourneyNamesAnIntentOfAPackWithoutIntents() throws Exception {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        write(pack, "journeys/credito.yaml", CREDIT.replace("intents: [saudacao]", "intents: [crediario]"));
        java.nio.file.Files.delete(pack.resolve("intents.yaml"));
        assertThat(problemsOf(pack)).contains("journeys/credito.yaml:4: unknown intent 'crediario' (the pack has no "
                + "intents: write intents.yaml, or trigger the journey with phrases)");
    }

    @Test
    void shouldNameFileLineAndProblemForEveryMistakeInAJourney() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        write(pack, "journeys/credito.yaml", CREDIT
                .replace("kind: consent", "kind: consentir")
                .replace("type: cpf", "type: rg")
                .replace("credito.score >= 700", "credito.score >> 700")
                .replace("go: aprovado", "go: aprovar")
                .replace("tool: consultar_credito", "tool: consultar_score")
                .replace("outcome: aprovado", "outcome: aprovado\n    otherwise: x")
                .replace("intents: [saudacao]", "intents: [crediario]"));
        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "journeys/credito.yaml:4: unknown intent 'crediario' (intents.yaml has agradecimento, saudacao)",
                "journeys/credito.yaml:8: unknown step kind 'consentir' (use say, ask, consent, call_tool, branch, handoff or finish)",
                "journeys/credito.yaml:14: unknown attribute type 'rg' (use cpf, cnpj, email, phone, cep, date, past_date, money, "
                        + "quantity, number, order_number, product, yes_no, text)",
                "journeys/credito.yaml:16: tool 'consultar_score' is not declared in tools.yaml (declared: consultar_credito)",
                "journeys/credito.yaml:28: rule 'credito.score >> 700' does not parse: column 16: expected a value "
                        + "(number, text, name, true, false, null or '('), found '>'",
                "journeys/credito.yaml:29: step 'decidir' goes to 'aprovar', which is not a step of journey 'credito'",
                "journeys/credito.yaml:37: unknown key 'otherwise' in a finish step (it takes outcome, text)");
    }

    @Test
    void shouldReportBrokenLinksOfAJourneyWhoseStepsAllRead() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        write(pack, "journeys/credito.yaml", CREDIT.replace("go: aprovado", "go: aprovar").replace("""
                  - id: fim
                    kind: finish
                    outcome: aprovado
                """, "").replace("kind: handoff\n    reason: \"Recusado: {{credito.description}}\"", "kind: say\n    text: oi"));
        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "journeys/credito.yaml:29: step 'decidir' goes to 'aprovar', which is not a step of journey 'credito'",
                "journeys/credito.yaml:34: step 'recusado' is the last one and does not say where to go: add 'next', "
                        + "or end the journey with a finish or handoff step");
    }

    @Test
    void shouldRejectDuplicateJourneysAndStepsAndCallsOfUndeclaredParameters() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        write(pack, "journeys/credito.yaml", CREDIT.replace("valor: 2 * 100.50", "renda: 1"));
        write(pack, "journeys/outro.yml", """
                name: credito
                goal: Outro.
                triggers: {phrases: [oi]}
                steps:
                  - {id: a, kind: say, text: "oi", next: a2}
                  - {id: a2, kind: finish, outcome: ok}
                  - {id: a, kind: finish, outcome: ok}
                """);
        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "journeys/credito.yaml:16: tool 'consultar_credito' has no parameter 'renda' (its parameters: cpf, valor)",
                "journeys/outro.yml:1: duplicate journey 'credito' (also at journeys/credito.yaml:1)",
                "journeys/outro.yml:7: duplicate step id 'a' (first at line 5)");
    }

    @Test
    void shouldWarnAboutUnreachableStepsUnknownAttributesAndUndeclaredTools() {
        Path pack = copyOfTestPack();
        write(pack, "journeys/credito.yaml", CREDIT.replace("otherwise: recusado", "otherwise: recusado\n    on_error: perdido")
                .replace("Aprovado, {{cpf}}!", "Aprovado, {{nome}}!") + """
                  - id: esquecido
                    kind: finish
                    outcome: nunca
                  - id: perdido
                    kind: handoff
                    reason: erro
                """);
        assertThat(warningsOf(pack)).containsExactlyInAnyOrder(
                "journeys/credito.yaml:16: tool 'consultar_credito' is not declared: the pack has no tools.yaml "
                        + "(the journey cannot call it until it is declared)",
                "journeys/credito.yaml:34: 'nome' is read here, but no step of journey 'credito' captures 'nome' "
                        + "(a typo, or it must be known before the journey starts)",
                "journeys/credito.yaml:41: step 'esquecido' is never reached: no step leads to it from the first step 'autorizar'");
    }

    @Test
    void shouldLoadTheExamplesOfThePackFormatDocsWithoutWarnings() throws IOException {
        String docs = Files.readString(Path.of("docs/pack-format.md"));
        Path pack = copyOfTestPack();
        write(pack, "journeys/crediario.yaml", firstYamlBlockAfter(docs, "## Journeys: journeys/*.yaml"));
        write(pack, "tools.yaml", firstYamlBlockAfter(docs, "## tools.yaml"));
        Pack loaded = PackLoader.load(pack);
        assertThat(loaded.journeys()).extracting(Journey::name).containsExactly("crediario");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void shouldWarnWhenAPackWithJourneysLacksTheJourneyMessages() throws IOException {
        String docs = Files.readString(Path.of("docs/pack-format.md"));
        Path pack = copyOfTestPack();
        write(pack, "journeys/crediario.yaml", firstYamlBlockAfter(docs, "## Journeys: journeys/*.yaml"));
        write(pack, "tools.yaml", firstYamlBlockAfter(docs, "## tools.yaml"));
        String messages = Files.readString(pack.resolve("messages.yaml"));
        write(pack, "messages.yaml", messages.lines().filter(line -> !line.startsWith("journey_cancelled"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        assertThat(PackLoader.load(pack).warnings()).extracting(PackProblem::toString).singleElement().asString()
                .contains("messages.yaml", "journey_cancelled");
    }

    private static String firstYamlBlockAfter(String docs, String heading) {
        int start = docs.indexOf("```yaml\n", docs.indexOf(heading)) + "```yaml\n".length();
        return docs.substring(start, docs.indexOf("```", start));
    }

    @Test
    void shouldReportAToolParameterThatDoesNotParseAndKeysAStepKindDoesNotTake() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        write(pack, "journeys/credito.yaml", CREDIT.replace("valor: 2 * 100.50", "valor: valor_compra *")
                .replace("outcome: aprovado", "outcome: aprovado\n    next: nenhum"));
        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "journeys/credito.yaml:21: parameter 'valor' 'valor_compra *' does not parse: column 15: expected a value "
                        + "(number, text, name, true, false, null or '('), found the end of the rule",
                "journeys/credito.yaml:37: unknown key 'next' in a finish step (it takes outcome, text)");
    }

    @Test
    void shouldReadTheAnswersAnAskOffersToTap() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        write(pack, "journeys/credito.yaml", CREDIT.replace("text: \"Qual seu CPF?\"",
                "text: \"Qual seu CPF?\"\n    choices: [\"O mesmo de antes\", \"{{optin}}\"]"));
        Journey journey = PackLoader.load(pack).journeys().getFirst();
        assertThat(journey.step("pedir_cpf")).get().isInstanceOfSatisfying(Step.Ask.class,
                ask -> assertThat(ask.choices()).containsExactly("O mesmo de antes", "{{optin}}"));
        assertThat(journey.step("pedir_cpf")).get().isInstanceOfSatisfying(Step.Ask.class,
                ask -> assertThat(ask.next()).isEqualTo("consultar"));
    }

    @Test
    void shouldRefuseMoreChoicesThanAListHoldsRepeatedOrTooLongOnes() {
        Path pack = copyOfTestPack();
        write(pack, "tools.yaml", TOOLS);
        String eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "\"Opção " + i + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        write(pack, "journeys/credito.yaml", CREDIT.replace("text: \"Qual seu CPF?\"",
                "text: \"Qual seu CPF?\"\n    choices: [" + eleven + "]"));
        assertThat(problemsOf(pack)).containsExactly("journeys/credito.yaml:16: an ask offers at most 10 choices, not 11");

        write(pack, "journeys/credito.yaml", CREDIT.replace("text: \"Qual seu CPF?\"",
                "text: \"Qual seu CPF?\"\n    choices: [\"Sim\", \"Sim\", \"" + "x".repeat(201) + "\"]"));
        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "journeys/credito.yaml:16: choice 'Sim' is listed twice",
                "journeys/credito.yaml:16: a choice has at most 200 characters: '" + "x".repeat(40) + "...'");
    }

    @Test
    void shouldLoadAPackWithoutJourneys() {
        assertThat(PackLoader.load(copyOfTestPack()).journeys()).isEmpty();
    }
}
