package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.warningsOf;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DuplicateContentTest {

    @Test
    void shouldWarnAboutTheSameProductUnderTwoIdsNamingBothPlaces() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/novos.jsonl", """
                {"id": "TNS-9", "title": "TÊNIS Nike Revolution 7 masculino preto", "description": "Tênis de corrida leve com amortecimento macio", "price": 1, "stock": 1}
                """);

        assertThat(warningsOf(pack)).containsExactly("catalog/products.csv:2: product 'TNS-1' has the same title and "
                + "description as product 'TNS-9' (catalog/novos.jsonl:1)");
    }

    @Test
    void shouldWarnAboutTheSameTextInTwoKnowledgeSectionsNamingBothPlaces() {
        Path pack = copyOfTestPack();
        write(pack, "knowledge/ajuda.txt", "Ajuda\n=====\n\nCOMO PAGAR\n\nAceitamos Pix,  cartão e boleto!\n");
        write(pack, "knowledge/pagamento.html", "<h1>Pagamento</h1><h2>Formas</h2><p>aceitamos PIX, cartão e boleto</p>");

        assertThat(warningsOf(pack)).containsExactly("knowledge/pagamento.html:1: section 'pagamento/formas' has the "
                + "same text as section 'ajuda/como-pagar' (knowledge/ajuda.txt:4)");
    }

    @Test
    void shouldNotWarnAboutPacksWithoutRepeatedContent() {
        Path pack = copyOfTestPack();

        assertThat(warningsOf(pack)).isEmpty();
        assertThat(warningsOf(Path.of("packs/demo-store"))).isEmpty();
    }
}
