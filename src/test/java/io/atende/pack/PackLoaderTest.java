package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PackLoaderTest {

    @Test
    void shouldLoadTheDemoStore() {
        Pack pack = PackLoader.load(Path.of("packs/demo-store"));
        assertThat(pack.identity().name()).isEqualTo("Casa Aurora");
        assertThat(pack.identity().language().toLanguageTag()).isEqualTo("pt-BR");
        assertThat(pack.products()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(pack.products().stream().map(Product::category).distinct()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(pack.knowledge()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(pack.knowledge()).extracting(KnowledgeEntry::id).doesNotHaveDuplicates();
        assertThat(pack.intents()).extracting(IntentDefinition::name).contains("saudacao", "falar_com_humano");
        assertThat(pack.warnings()).isEmpty();
    }

    @Test
    void shouldReadTheDemoStoreInEveryFormatItUses() {
        Pack pack = PackLoader.load(Path.of("packs/demo-store"));
        assertThat(pack.products()).extracting(Product::id).contains("CEL-0001", "CAS-0025"); // products.csv, lancamentos.jsonl
        assertThat(pack.knowledge()).extracting(KnowledgeEntry::id)
                .contains("pagamentos/pix", "politica-de-privacidade/cookies-necessarios"); // Markdown, HTML
    }

    @Test
    void shouldNameFileLineAndProblemForEveryMistake() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("store.yaml"), """
                name: Loja
                language: pt-BR
                currency: reais
                timezone: America/Sao_Paulo
                business_hours:
                  mon: "9h-18h"
                """);
        Files.writeString(pack.resolve("catalog/products.csv"), """
                id,title,description,price,category,stock,url,image,attributes
                A1,Produto,desc,12.50,Cat,3,u,i,cor=azul
                A2,Outro,desc,doze,Cat,3,u,i,
                A1,Repetido,desc,1.00,Cat,-1,u,i,semvalor
                """);
        assertThatThrownBy(() -> PackLoader.load(pack))
                .isInstanceOfSatisfying(InvalidPackException.class, e -> assertThat(e.problems())
                        .extracting(PackProblem::toString)
                        .contains("store.yaml:3: currency must be an ISO 4217 code like BRL",
                                "store.yaml:6: hours for mon must look like 09:00-18:00",
                                "catalog/products.csv:3: price 'doze' is not a number like 1299.90",
                                "catalog/products.csv:4: stock must not be negative",
                                "catalog/products.csv:4: attribute 'semvalor' is not key=value"));
    }

    @Test
    void shouldRefuseAnswersForTheOutOfScopeIntentWhichTheTemplateAnswers() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("intents.yaml"), """
                intents:
                  - name: out_of_scope
                    examples: [me conta uma história]
                    answers: [Não sei.]
                """);

        assertThat(TestPacks.problemsOf(pack)).containsExactly("intents.yaml:4: intent 'out_of_scope' takes no answers:"
                + " the template 'out_of_scope' in messages.yaml answers it");
    }

    @Test
    void shouldWarnWhenTheOutOfScopeIntentHasNoTemplateToAnswerIt() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("intents.yaml"), """
                intents:
                  - name: out_of_scope
                    examples: [me conta uma história]
                """);

        assertThat(TestPacks.warningsOf(pack)).contains("messages.yaml: the intent 'out_of_scope' is answered by the"
                + " template 'out_of_scope', which is missing: such messages get 'knowledge_unknown' (or 'fallback')");
    }

    @Test
    void shouldReportYamlSyntaxErrorsWithTheirLine() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("intents.yaml"), "intents:\n  - name: oi\n    examples: [oi\n");
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("intents.yaml");
                    assertThat(p.line()).isPositive();
                    assertThat(p.message()).startsWith("invalid YAML");
                }));
    }

    @Test
    void shouldRequireTheMessageTemplatesTheEngineNeeds() throws IOException {
        Path pack = copyOfTestPack();
        Files.writeString(pack.resolve("messages.yaml"), "fallback: \"Não entendi.\"\n");
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::toString)
                        .contains("messages.yaml: missing required template 'product_line'"));
    }

    @Test
    void shouldRefuseAnswersToTapThatNoWhatsAppButtonHolds() throws IOException {
        Path pack = copyOfTestPack();
        String messages = Files.readString(pack.resolve("messages.yaml"))
                .replace("choice_yes: \"Sim\"", "choice_yes: \"\"")
                .replace("choice_no: \"Não\"", "choice_no: \"Não, obrigado, agora não quero\"")
                .replace("whatsapp_list_button: \"Ver opções\"", "whatsapp_list_button: \"Ver todas as opções da loja\"");
        Files.writeString(pack.resolve("messages.yaml"), messages);
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::toString).containsExactlyInAnyOrder(
                        "messages.yaml: template 'choice_yes' is an answer to tap (a WhatsApp button): 1 to 20 characters, not 0",
                        "messages.yaml: template 'choice_no' is an answer to tap (a WhatsApp button): 1 to 20 characters, not 30",
                        "messages.yaml: template 'whatsapp_list_button' is the label of a WhatsApp list's button: 1 to 20"
                                + " characters, not 27"));

        Files.writeString(pack.resolve("messages.yaml"), messages.replace("choice_yes: \"\"\n", "")
                .replace("choice_no: \"Não, obrigado, agora não quero\"", "choice_no: \"Não\"")
                .replace("Ver todas as opções da loja", "Ver opções"));
        assertThatThrownBy(() -> PackLoader.load(pack)).isInstanceOfSatisfying(InvalidPackException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::toString).containsExactly(
                        "messages.yaml: templates 'choice_yes' and 'choice_no' go together: give both, or neither (no"
                                + " answers to tap under yes-or-no questions)"));
    }
}
