package io.atende.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleTest {

    private static boolean test(String rule, Map<String, ?> facts) {
        return Rule.parse(rule).test(facts);
    }

    private static boolean test(String rule) {
        return test(rule, Map.of());
    }

    @Test
    void shouldBindMultiplicationBeforeAdditionAndComparisonBeforeAndBeforeOr() {
        assertThat(test("1 + 2 * 3 == 7")).isTrue();
        assertThat(test("(1 + 2) * 3 == 9")).isTrue();
        assertThat(test("10 - 4 - 3 == 3")).isTrue(); // left to right, not 10 - (4 - 3)
        assertThat(test("12 / 2 / 3 == 2")).isTrue();
        assertThat(test("-2 * -3 == 6")).isTrue();
        assertThat(test("true or false and false")).isTrue(); // and binds tighter: true or (false and false)
        assertThat(test("(true or false) and false")).isFalse();
        assertThat(test("not false and false")).isFalse(); // not binds tighter than and
        assertThat(test("not 1 > 2")).isTrue(); // not applies to the whole comparison
    }

    @Test
    void shouldDecideTheIssueExampleOnExactDecimals() {
        Map<String, Object> facts = Map.of("score", 720, "income", new BigDecimal("3000.00"),
                "installment", new BigDecimal("1499.99"));
        assertThat(test("score >= 700 and income > 2 * installment", facts)).isTrue();
        assertThat(test("score >= 700 and income > 2 * installment",
                Map.of("score", 720, "income", 3000, "installment", new BigDecimal("1500.00")))).isFalse();
    }

    @Test
    void shouldAddDecimalsWithoutFloatingPointSurprises() {
        assertThat(test("0.1 + 0.2 == 0.3")).isTrue();
        assertThat(test("1.10 == 1.1")).isTrue(); // scale does not matter
        // a double summed elsewhere keeps its error; the rule does not round it away
        assertThat(test("total == 0.3", Map.of("total", 0.1 + 0.2))).isFalse();
        assertThat(test("preco * 3 == 29.97", Map.of("preco", 9.99))).isTrue(); // a double arrives as 9.99
        assertThat(test("10 / 3 * 3 > 9.99")).isTrue();
        assertThat(Rule.parse("valor / 4").value(Map.of("valor", 1000))).isEqualTo(new BigDecimal("250"));
    }

    @Test
    void shouldCompareNumbersThatToolsSendAsText() {
        Map<String, Object> credito = Map.of("credito", Map.of("score", "720", "limite", "1500.50", "code", "701"));
        assertThat(test("credito.score >= 700", credito)).isTrue();
        assertThat(test("credito.limite - 0.50 == 1500", credito)).isTrue();
        assertThat(test("credito.code == 701", credito)).isTrue();
        assertThat(test("credito.code in [701, 702]", credito)).isTrue();
        assertThat(test("credito.code not in [702, 703]", credito)).isTrue();
        assertThat(test("credito.score == \"720\"", credito)).isTrue();
    }

    @Test
    void shouldReadTheRefusalOfTheCreditTool() {
        Map<String, Object> refusal = Map.of("credito", Map.of("code", 701, "description", "CPF não autorizado"));
        assertThat(test("credito.code == 701 and credito.description == \"CPF não autorizado\"", refusal)).isTrue();
        assertThat(test("credito.code != null", refusal)).isTrue();
        assertThat(test("credito.score == null", refusal)).isTrue();
        // the guard keeps the missing score from being read
        assertThat(test("credito.score != null and credito.score >= 700", refusal)).isFalse();
    }

    @Test
    void shouldTreatTextsBooleansAndPrefixes() {
        Map<String, Object> facts = Map.of("cpf_status", "autorizado", "optin", false, "cep", "30140-071",
                "cep_numero", 30140071);
        assertThat(test("cpf_status == \"autorizado\"", facts)).isTrue();
        assertThat(test("cpf_status == 'Autorizado'", facts)).isFalse(); // texts are compared exactly
        assertThat(test("not optin", facts)).isTrue();
        assertThat(test("optin == false", facts)).isTrue();
        assertThat(test("cep starts_with \"30\"", facts)).isTrue();
        assertThat(test("cep_numero starts_with \"301\"", facts)).isTrue();
        assertThat(test("cpf_status in [\"autorizado\", \"pendente\"]", facts)).isTrue();
        assertThat(test("cpf_status == 1", facts)).isFalse(); // different kinds are not equal
    }

    @Test
    void shouldLookIntoListsFromToolResults() {
        Map<String, Object> facts = Map.of("pedido", Map.of("status", "enviado", "permitidos", List.of("enviado", "entregue")));
        assertThat(test("pedido.status in pedido.permitidos", facts)).isTrue();
    }

    @Test
    void shouldRefuseToDecideOnAMissingAttribute() {
        assertThatThrownBy(() -> test("score >= 700")).isInstanceOfSatisfying(RuleEvaluationException.class, e -> {
            assertThat(e.reason()).isEqualTo(RuleEvaluationException.Reason.MISSING_VALUE);
            assertThat(e.path()).isEqualTo("score");
            assertThat(e.getMessage()).isEqualTo("'score' has no value");
        });
        // a misspelt flag would otherwise make "not optin" silently true
        assertThatThrownBy(() -> test("not opitn", Map.of("optin", true)))
                .isInstanceOfSatisfying(RuleEvaluationException.class, e -> assertThat(e.path()).isEqualTo("opitn"));
        assertThatThrownBy(() -> test("credito.score == 5", Map.of("credito", Map.of())))
                .isInstanceOfSatisfying(RuleEvaluationException.class, e -> assertThat(e.path()).isEqualTo("credito.score"));
        Map<String, Object> jsonNull = new HashMap<>();
        jsonNull.put("score", null);
        assertThat(test("score == null", jsonNull)).isTrue();
    }

    @Test
    void shouldReportValuesOfTheWrongKind() {
        assertThatThrownBy(() -> test("score >= 700", Map.of("score", "alto")))
                .isInstanceOfSatisfying(RuleEvaluationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RuleEvaluationException.Reason.WRONG_TYPE);
                    assertThat(e.getMessage()).isEqualTo("expected a number at column 1 ('score'), found text \"alto\"");
                });
        assertThatThrownBy(() -> test("optin", Map.of("optin", "sim")))
                .hasMessage("expected true or false at column 1 ('optin'), found text \"sim\"");
        assertThatThrownBy(() -> test("1 + 1")).hasMessage("expected true or false at column 3, found number 2");
        assertThatThrownBy(() -> test("credito.score > 1", Map.of("credito", "ok")))
                .hasMessage("'credito' is text \"ok\", it has no 'score'");
        assertThatThrownBy(() -> test("renda / parcelas > 1", Map.of("renda", 10, "parcelas", 0)))
                .isInstanceOfSatisfying(RuleEvaluationException.class, e -> assertThat(e.reason())
                        .isEqualTo(RuleEvaluationException.Reason.DIVISION_BY_ZERO));
    }

    @Test
    void shouldNameTheColumnAndWhatWasExpectedWhenARuleDoesNotParse() {
        assertSyntax("score >> 700", 8, "column 8: expected a value (number, text, name, true, false, null or '('), found '>'");
        assertSyntax("score = 700", 7, "column 7: expected '==' to compare, found '='");
        assertSyntax("score >= 700 && optin", 14, "column 14: expected 'and' or 'or' (words), found '&'");
        assertSyntax("(score >= 700", 14, "column 14: expected ')' to close the '(' at column 1, found the end of the rule");
        assertSyntax("1 < x < 3", 7, "column 7: expected 'and', 'or' or the end (a comparison has only two sides), found '<'");
        assertSyntax("code in [701 702]", 14, "column 14: expected ',' or ']' to close the list, found number 702");
        assertSyntax("status == \"ok", 11, "column 11: expected a closing \" for the text started here, found the end of the rule");
        assertSyntax("score 700", 7, "column 7: expected an operator ('and', 'or', '==', '+'...) or the end of the rule, found number 700");
        assertSyntax("credito.", 9, "column 9: expected a name after '.', found the end of the rule");
        assertSyntax("", 1, "column 1: expected a rule, found nothing");
        assertSyntax("score >= 1,5", 11, "column 11: expected an operator ('and', 'or', '==', '+'...) or the end of the rule, found ','");
    }

    private static void assertSyntax(String rule, int column, String message) {
        assertThatThrownBy(() -> Rule.parse(rule)).isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.rule()).isEqualTo(rule);
        });
    }

    @Test
    void shouldListThePathsARuleReads() {
        assertThat(Rule.parse("credito.score >= 700 and renda > 2 * parcela or credito.score == null").paths())
                .containsExactly("credito.score", "renda", "parcela");
    }

    @Test
    void shouldShortCircuitSoLaterSidesAreNotRead() {
        assertThat(test("false and missing > 1")).isFalse();
        assertThat(test("true or missing > 1")).isTrue();
    }
}
