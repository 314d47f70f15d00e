package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.problemsOf;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {

    @Test
    void shouldCleanAnHtmlPageToItsTextWithoutScriptsStylesNavigationOrComments() throws IOException {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/entrega.html", Files.readString(Path.of("src/test/resources/knowledge/pagina-completa.html")));

        String all = String.join("\n", entries(pack, "entrega/").stream().map(KnowledgeEntry::text).toList());

        assertThat(all).contains("Entregamos em todo o Brasil.", "Sem custo, na Rua das Flores, 10.")
                .doesNotContain("dataLayer", "rastrear", "font-family", "Minha conta", "Ofertas", "banner antigo",
                        "CNPJ", "Você também pode gostar", "<", "&amp;", "&nbsp;");
    }

    @Test
    void shouldSplitAnHtmlPageIntoSectionsAtItsHeadingsWithDecodedTidyText() throws IOException {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/entrega.html", Files.readString(Path.of("src/test/resources/knowledge/pagina-completa.html")));

        List<KnowledgeEntry> entries = entries(pack, "entrega/");

        assertThat(entries).extracting(KnowledgeEntry::id).containsExactly("entrega/entrega-frete", "entrega/prazos",
                "entrega/frete-gratis", "entrega/retirada-na-loja");
        assertThat(entries).extracting(KnowledgeEntry::source).containsOnly("Entrega & frete");
        assertThat(entries.get(1).title()).isEqualTo("Prazos");
        assertThat(entries.get(1).text()).isEqualTo("""
                O prazo é de 3 a 7 dias úteis depois da aprovação do pagamento.

                - Capitais: 3 dias úteis
                - Interior: até 7 dias úteis""");
        assertThat(entries.get(2).text())
                .isEqualTo("Compras acima de R$ 299 têm frete grátis — veja a tabela (https://loja.test/frete).");
        assertThat(entries.get(3).text()).isEqualTo("""
                Sem custo, na Rua das Flores, 10.

                Região | Valor
                Sudeste | R$ 19,90""");
    }

    @Test
    void shouldReadTheWholeBodyWhenThePageHasNoMainAndNameItByTitle() {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/trocas.htm", """
                <html><head><title>Trocas</title></head><body>
                <header><h1>Loja Teste</h1></header>
                <article><header><h2>Prazo para trocar</h2></header><p>Até 30 dias.</p>
                <footer>Atualizado em março</footer></article>
                <footer><p>Todos os direitos reservados</p></footer>
                </body></html>
                """);

        assertThat(entries(pack, "trocas/")).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("trocas/prazo-para-trocar");
            assertThat(e.source()).isEqualTo("Trocas");
            assertThat(e.text()).isEqualTo("Até 30 dias.\n\nAtualizado em março");
        });
    }

    @Test
    void shouldNameTheLineOfAnHtmlSectionWithoutText() {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/faq.html", """
                <h1>FAQ</h1>
                <h2>Pagamento</h2>
                <h3>Pix</h3><p>Aprovação na hora.</p>
                <h2>Vazia</h2>
                <h2>Boleto</h2><p>Vence em 3 dias.</p>
                """);

        assertThat(problemsOf(pack)).containsExactly("knowledge/faq.html:4: section 'Vazia' has no text");
    }

    @Test
    void shouldSplitPlainTextAtUnderlinedAndUpperCaseHeadings() {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/garantia.txt", """
                Garantia da Loja
                ================

                Todos os produtos têm garantia.

                PRAZO DE GARANTIA

                São 90 dias de garantia legal
                mais a garantia do fabricante.

                Como acionar
                ------------
                Escreva para sac@loja.test.
                NÃO RESPONDEMOS POR TELEFONE.
                """);

        List<KnowledgeEntry> entries = entries(pack, "garantia/");

        assertThat(entries).extracting(KnowledgeEntry::id).containsExactly("garantia/garantia-da-loja",
                "garantia/prazo-de-garantia", "garantia/como-acionar");
        assertThat(entries).extracting(KnowledgeEntry::source).containsOnly("Garantia da Loja");
        assertThat(entries.get(1).text()).isEqualTo("São 90 dias de garantia legal\nmais a garantia do fabricante.");
        assertThat(entries.get(2).text()).isEqualTo("Escreva para sac@loja.test.\nNÃO RESPONDEMOS POR TELEFONE.");
    }

    @Test
    void shouldKeepAPlainTextFileWithoutHeadingsAsOneSectionNamedAfterTheFile() {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/horario.txt", "Atendemos de segunda a sexta,\n\ndas 9h às 18h.\n");

        assertThat(entries(pack, "horario/")).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("horario/horario");
            assertThat(e.title()).isEqualTo("horario");
            assertThat(e.text()).isEqualTo("Atendemos de segunda a sexta,\n\ndas 9h às 18h.");
        });
    }

    @Test
    void shouldKeepMarkdownTextBeforeTheFirstSectionAsASectionNamedAfterTheDocument() {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/cupons.md", "# Cupons\n\nUm cupom por pedido.\n\n## Validade\n\nSete dias.\n");

        assertThat(entries(pack, "cupons/")).extracting(KnowledgeEntry::id, KnowledgeEntry::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cupons/cupons", "Um cupom por pedido."),
                org.assertj.core.groups.Tuple.tuple("cupons/validade", "Sete dias."));
    }

    @Test
    void shouldRejectTwoSectionsWithTheSameIdNamingBothPlaces() {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/entrega.md", "# Entrega\n\n## Prazos\n\nAté 7 dias.\n");
        write(pack, "knowledge/entrega.html", "<h1>Entrega</h1>\n<h2>Prazos</h2>\n<p>Até 10 dias.</p>\n");

        assertThat(problemsOf(pack)).containsExactly(
                "knowledge/entrega.md:3: duplicate section heading 'Prazos' (id entrega/prazos, first at knowledge/entrega.html:2)");
    }

    private static List<KnowledgeEntry> entries(Path pack, String idPrefix) {
        return PackLoader.load(pack).knowledge().stream().filter(e -> e.id().startsWith(idPrefix)).toList();
    }
}
