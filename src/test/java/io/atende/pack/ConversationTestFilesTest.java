package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.problemsOf;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversationTestFilesTest {

    @Test
    void shouldReadTurnsWithEveryKindOfExpectation() {
        Path pack = copyOfTestPack();
        write(pack, "tests/basico.yaml", """
                tests:
                  - name: cumprimento
                    turns:
                      - customer: "oi"
                        intent: saudacao
                        route: intent
                        reply_contains: Olá
                        reply_not_contains: [tchau, adeus]
                        attributes:
                          cpf: 123.456.789-09
                        journey: none
                        outcome: cancelled
                        handoff: false
                      - customer: "quero falar com alguém"
                """);
        Pack loaded = PackLoader.load(pack);
        assertThat(loaded.tests()).hasSize(1);
        ConversationTest test = loaded.tests().getFirst();
        assertThat(test.name()).isEqualTo("cumprimento");
        assertThat(test.file()).isEqualTo("tests/basico.yaml");
        assertThat(test.line()).isEqualTo(2);
        assertThat(test.turns()).extracting(ConversationTest.Turn::customer).containsExactly("oi", "quero falar com alguém");
        ConversationTest.Expectations first = test.turns().getFirst().expect();
        assertThat(first.intent()).isEqualTo("saudacao");
        assertThat(first.route()).isEqualTo("intent");
        assertThat(first.replyContains()).containsExactly("Olá");
        assertThat(first.replyNotContains()).containsExactly("tchau", "adeus");
        assertThat(first.attributes()).isEqualTo(Map.of("cpf", "123.456.789-09"));
        assertThat(first.journey()).isEqualTo("none");
        assertThat(first.outcome()).isEqualTo("cancelled");
        assertThat(first.handoff()).isFalse();
        assertThat(test.turns().get(1).expect().handoff()).isNull();
        assertThat(test.turns().get(1).line()).isEqualTo(14);
    }

    @Test
    void shouldNameFileAndLineOfEveryMistake() {
        Path pack = copyOfTestPack();
        write(pack, "tests/errados.yaml", """
                tests:
                  - name: sem turnos
                    turns: []
                  - name: chaves erradas
                    turns:
                      - customer: "oi"
                        intente: saudacao
                        handoff: talvez
                        journey: jornada_que_nao_existe
                  - turns:
                      - intent: saudacao
                  - name: sem turnos
                    turns:
                      - customer: "oi"
                    expect: nada
                """);
        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "tests/errados.yaml:3: test 'sem turnos' needs 'turns': a list of at least one customer turn",
                "tests/errados.yaml:7: unknown key 'intente' (a turn has customer, intent, route, reply_contains, "
                        + "reply_not_contains, attributes, journey, outcome, handoff, choices)",
                "tests/errados.yaml:8: 'handoff' must be true or false, not 'talvez'",
                "tests/errados.yaml:9: unknown journey 'jornada_que_nao_existe' (the pack has no journeys: use none)",
                "tests/errados.yaml:10: missing required key 'name'",
                "tests/errados.yaml:11: missing required key 'customer'",
                "tests/errados.yaml:15: unknown key 'expect' (a test has name and turns)");
    }

    @Test
    void shouldReportABrokenJourneyOnceNotAgainForEveryTestNamingIt() {
        Path pack = copyOfTestPack();
        write(pack, "journeys/racao.yaml", """
                name: escolher_racao
                goal: Ajudar a escolher uma ração.
                triggers:
                  phrases: [me ajuda a escolher uma racao]
                steps:
                  - id: especie
                    kind: ask
                    attribute: especie
                    type: choice
                    text: "É para cachorro ou gato?"
                  - id: fim
                    kind: finish
                    outcome: indicada
                """);
        write(pack, "tests/racao.yaml", """
                tests:
                  - name: escolhe
                    turns:
                      - customer: "me ajuda a escolher uma racao"
                        journey: escolher_racao
                      - customer: "gato"
                        journey: escolher_racao
                """);
        assertThat(problemsOf(pack)).singleElement().asString()
                .startsWith("journeys/racao.yaml:9: unknown attribute type 'choice'");
    }

    @Test
    void shouldRejectAFileWithoutTestsAndADuplicateName() {
        Path pack = copyOfTestPack();
        write(pack, "tests/a.yaml", """
                tests:
                  - name: oi
                    turns:
                      - customer: "oi"
                """);
        write(pack, "tests/b.yaml", """
                tests:
                  - name: oi
                    turns:
                      - customer: "olá"
                """);
        write(pack, "tests/c.yaml", "testes: []\n");
        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "tests/b.yaml:2: duplicate test name 'oi' (also at tests/a.yaml:2)",
                "tests/c.yaml:1: unknown key 'testes' (a tests file has one key, tests: a list of tests)",
                "tests/c.yaml:1: 'tests' must be a list of at least one test");
    }

    @Test
    void shouldLoadAPackWithoutTestsFolder() {
        assertThat(PackLoader.load(copyOfTestPack()).tests()).isEmpty();
    }
}
