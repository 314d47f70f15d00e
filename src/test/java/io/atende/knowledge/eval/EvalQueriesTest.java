package io.atende.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Query files: extra keys are fine, every mistake is named by file and line. */
class EvalQueriesTest {

    @Test
    void shouldReadQueriesIgnoringExtraKeysAndBlankLines() throws IOException {
        Path file = file("""
                {"query": "vcs aceitam pix?", "relevant": ["pagamentos/pix"], "kind": "policy", "note": "x"}

                {"query": "tenis nike", "relevant": ["CAL-0001", "CAL-0002"]}
                """);
        List<EvalQuery> queries = EvalQueries.read(file);
        assertThat(queries).extracting(EvalQuery::line).containsExactly(1, 3);
        assertThat(queries.getFirst().kind()).isEqualTo("policy");
        assertThat(queries.get(1).relevant()).containsExactly("CAL-0001", "CAL-0002");
        assertThat(queries.get(1).kind()).isEmpty();
    }

    @Test
    void shouldNameFileLineAndProblem() throws IOException {
        assertProblem("{\"query\": \"a\", \"relevant\": [\"x\"]}\n{\"query\": \"b\"}\n", ":2: \"relevant\" must be an array of ids");
        assertProblem("{\"relevant\": [\"x\"]}\n", ":1: \"query\" must be a non-empty string");
        assertProblem("not json\n", ":1: not a JSON object");
        assertProblem("[1, 2]\n", ":1: expected a JSON object");
        assertProblem("\n", ": no queries");
        assertThatThrownBy(() -> EvalQueries.read(Path.of("/nao/existe.jsonl")))
                .hasMessage("/nao/existe.jsonl: no such file");
    }

    private static void assertProblem(String content, String expected) throws IOException {
        Path file = file(content);
        assertThatThrownBy(() -> EvalQueries.read(file)).isInstanceOf(EvalFileException.class)
                .hasMessageStartingWith(file + expected);
    }

    private static Path file(String content) throws IOException {
        Path file = Files.createTempFile("queries-", ".jsonl");
        Files.writeString(file, content);
        return file;
    }
}
