package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.problemsOf;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnowledgeQuestionsTest {

    @Test
    void shouldGiveEachSectionTheQuestionsWrittenForItAndLeaveItsTextAlone() {
        Path pack = copyOfTestPack();
        write(pack, KnowledgeQuestions.FILE, """
                politicas/pagamento-com-pix:
                  - tem desconto no pix?
                  - "pix: quanto tempo vale o codigo"
                """);

        Map<String, KnowledgeEntry> byId = PackLoader.load(pack).knowledge().stream()
                .collect(Collectors.toMap(KnowledgeEntry::id, e -> e));

        assertThat(byId.get("politicas/pagamento-com-pix").questions())
                .containsExactly("tem desconto no pix?", "pix: quanto tempo vale o codigo");
        assertThat(byId.get("politicas/pagamento-com-pix").text()).doesNotContain("tem desconto no pix?");
        assertThat(byId.get("politicas/prazo-de-entrega").questions()).isEmpty();
    }

    @Test
    void shouldNameTheLineOfEveryUnknownSectionEmptyListBlankAndRepeatedQuestion() {
        Path pack = copyOfTestPack();
        write(pack, KnowledgeQuestions.FILE, """
                politicas/pagamento-com-pix:
                  - tem desconto no pix?
                  - Tem desconto no  PÍX?
                  - ""
                politicas/prazo-de-entraga:
                  - quanto tempo demora
                politicas/trocas-e-devolucoes: []
                politicas/prazo-de-entrega: quanto tempo demora
                """);

        assertThat(problemsOf(pack)).containsExactly(
                "knowledge/questions.yaml:3: 'Tem desconto no  PÍX?' is listed twice for 'politicas/pagamento-com-pix'",
                "knowledge/questions.yaml:4: the questions of 'politicas/pagamento-com-pix' must be non-empty texts",
                "knowledge/questions.yaml:5: no knowledge section has the id 'politicas/prazo-de-entraga' (ids are"
                        + " <file stem>/<heading slug>, e.g. 'politicas/pagamento-com-pix')",
                "knowledge/questions.yaml:7: the questions of 'politicas/trocas-e-devolucoes' must be a non-empty list",
                "knowledge/questions.yaml:8: the questions of 'politicas/prazo-de-entrega' must be a non-empty list");
    }

    @Test
    void shouldNameASectionListedTwice() {
        Path pack = copyOfTestPack();
        write(pack, KnowledgeQuestions.FILE, """
                politicas/pagamento-com-pix:
                  - tem desconto no pix?
                politicas/pagamento-com-pix:
                  - o pix é na hora?
                """);

        assertThat(problemsOf(pack)).containsExactly(
                "knowledge/questions.yaml:3: duplicate key 'politicas/pagamento-com-pix' (first at line 1)");
    }

    @Test
    void shouldReportInvalidYamlWithItsLine() {
        Path pack = copyOfTestPack();
        write(pack, KnowledgeQuestions.FILE, "politicas/pagamento-com-pix:\n  - a\n - b\n");

        assertThat(problemsOf(pack)).singleElement().asString().startsWith("knowledge/questions.yaml:3: invalid YAML");
    }
}
