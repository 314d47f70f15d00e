package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.delete;
import static io.atende.pack.TestPacks.problemsOf;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogFilesTest {

    private static final String HEADER = "id,title,description,price,category,stock,url,image,attributes\n";

    @Test
    void shouldLoadTheSameProductsFromJsonLinesAsFromTheEquivalentCsv() {
        Path csv = copyOfTestPack();
        write(csv, "catalog/products.csv", HEADER + """
                TNS-1,Tênis Nike Revolution 7,"Leve, com amortecimento ""macio"".",279.90,Calçados,12,https://loja.test/p/1,https://loja.test/i/1.jpg,marca=Nike;tamanho=38-44
                CAB-2,Cabo USB-C 1m,,19.9,Acessórios,0,,,
                """);
        Path jsonl = copyOfTestPack();
        delete(jsonl, "catalog/products.csv");
        write(jsonl, "catalog/products.jsonl", """
                {"id": "TNS-1", "title": "Tênis Nike Revolution 7", "description": "Leve, com amortecimento \\"macio\\".", "price": 279.90, "category": "Calçados", "stock": 12, "url": "https://loja.test/p/1", "image": "https://loja.test/i/1.jpg", "attributes": {"Marca": "Nike", "tamanho": "38-44"}}

                {"id": "CAB-2", "title": "Cabo USB-C 1m", "price": "19.9", "category": "Acessórios", "stock": 0, "url": null}
                """);

        Pack fromCsv = PackLoader.load(csv);
        Pack fromJsonl = PackLoader.load(jsonl);

        assertThat(fromJsonl.products()).isEqualTo(fromCsv.products()).hasSize(2);
        assertThat(fromJsonl.products().getFirst().attributes()).isEqualTo(Map.of("marca", "Nike", "tamanho", "38-44"));
        assertThat(fromJsonl.products().get(1).price()).isEqualTo(new BigDecimal("19.90"));
        assertThat(fromJsonl.warnings()).isEmpty();
    }

    @Test
    void shouldRejectNegativeStockWithFileAndLine() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/more.jsonl", """
                {"id": "X-1", "title": "Produto", "price": 10, "stock": -2}
                """);
        write(pack, "catalog/products.csv", HEADER + "Y-1,Produto,,10.00,,-1,,,\n");

        assertThat(problemsOf(pack)).containsExactlyInAnyOrder(
                "catalog/more.jsonl:1: stock must not be negative",
                "catalog/products.csv:2: stock must not be negative");
    }

    @Test
    void shouldRejectADecimalCommaInPriceAndSayHowToWriteIt() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/products.csv", HEADER + """
                A-1,Produto,,"12,90",,1,,,
                A-2,Produto caro,,"1.299,90",,1,,,
                A-3,Produto milhar,,1.299,,1,,,
                A-4,Produto real,,R$ 10,,1,,,
                """);

        assertThat(problemsOf(pack)).containsExactly(
                "catalog/products.csv:2: price '12,90' uses a decimal comma: write 12.90",
                "catalog/products.csv:3: price '1.299,90' uses a decimal comma: write 1299.90",
                "catalog/products.csv:4: price '1.299' has more than two decimal places",
                "catalog/products.csv:5: price 'R$ 10' is not a number like 1299.90");
    }

    @Test
    void shouldRejectMissingOrBlankIdAndTitleWithFileAndLine() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/products.csv", HEADER + " ,  ,,1.00,,1,,,\n");
        write(pack, "catalog/novos.jsonl", """
                {"price": 1, "stock": 1}
                {"id": "A B", "title": "Com espaço", "price": 1, "stock": 1}
                """);

        assertThat(problemsOf(pack)).containsExactly(
                "catalog/novos.jsonl:1: missing required field 'id'",
                "catalog/novos.jsonl:1: missing required field 'title'",
                "catalog/novos.jsonl:2: id 'A B' must not contain spaces",
                "catalog/products.csv:2: id is empty",
                "catalog/products.csv:2: title is empty");
    }

    @Test
    void shouldRejectAddressesThatAreNotAbsoluteHttp() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/products.csv", HEADER + """
                A-1,Produto,,1.00,,1,loja.test/p/1,ftp://loja.test/i.jpg,
                A-2,Produto,,1.00,,1,https://loja.test/p/a b,/img/a.jpg,
                """);

        assertThat(problemsOf(pack)).containsExactly(
                "catalog/products.csv:2: url 'loja.test/p/1' is not an absolute http(s) address like https://minhaloja.com.br/p/123",
                "catalog/products.csv:2: image 'ftp://loja.test/i.jpg' is not an absolute http(s) address like https://minhaloja.com.br/p/123",
                "catalog/products.csv:3: url 'https://loja.test/p/a b' is not an absolute http(s) address like https://minhaloja.com.br/p/123",
                "catalog/products.csv:3: image '/img/a.jpg' is not an absolute http(s) address like https://minhaloja.com.br/p/123");
    }

    @Test
    void shouldRejectMalformedJsonAndWrongTypesWithLineAndKeepCheckingTheRest() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/novos.jsonl", """
                {"id": "J-1", "title": "Sem fecha", "price": 1, "stock": 1
                {"id": "J-2", "title": ["lista"], "price": 1, "stock": 1.5, "attributes": ["cor=azul"]}
                ["não é objeto"]
                {"id": "J-3", "title": "Chave repetida", "title": "De novo", "price": 1, "stock": 1}
                {"id": "J-4", "title": "Bom", "price": 1, "stock": 1}
                {"id": "J-5", "title": "Dois", "price": 1, "stock": 1} {"id": "J-6"}
                """);

        assertThat(problemsOf(pack)).satisfiesExactly(
                p -> assertThat(p).startsWith("catalog/novos.jsonl:1: malformed JSON at column "),
                p -> assertThat(p).isEqualTo("catalog/novos.jsonl:2: attributes must be an object like {\"marca\": \"Nike\"}, not array"),
                p -> assertThat(p).isEqualTo("catalog/novos.jsonl:2: title must be a text or a number, not array"),
                p -> assertThat(p).isEqualTo("catalog/novos.jsonl:3: expected one product object {\"id\": ...} on the line"),
                p -> assertThat(p).startsWith("catalog/novos.jsonl:4: malformed JSON").contains("title"),
                p -> assertThat(p).isEqualTo("catalog/novos.jsonl:6: malformed JSON at column 56: more than one value "
                        + "on the line (write one product per line)"));
    }

    @Test
    void shouldRejectFractionalStockInJsonLines() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/novos.jsonl", "{\"id\": \"J-1\", \"title\": \"Meio\", \"price\": 1, \"stock\": 1.5}\n");

        assertThat(problemsOf(pack)).containsExactly("catalog/novos.jsonl:1: stock '1.5' is not a whole number");
    }

    @Test
    void shouldWarnAboutUnknownJsonFieldsAndStillLoadTheProduct() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/novos.jsonl", """
                {"id": "J-1", "title": "Com extra", "price": 1, "stock": 1, "sku": "123", "marca": "X"}
                """);

        Pack loaded = PackLoader.load(pack);

        assertThat(loaded.products()).extracting(Product::id).contains("J-1");
        assertThat(loaded.warnings()).extracting(PackProblem::toString).containsExactly(
                "catalog/novos.jsonl:1: unknown field 'sku' is ignored (free data goes under attributes)",
                "catalog/novos.jsonl:1: unknown field 'marca' is ignored (free data goes under attributes)");
    }

    @Test
    void shouldRejectAProductIdUsedInTwoFilesNamingBothPlaces() {
        Path pack = copyOfTestPack();
        write(pack, "catalog/novos.jsonl", "\n{\"id\": \"TNS-1\", \"title\": \"Outro tênis\", \"price\": 1, \"stock\": 1}\n");

        assertThat(problemsOf(pack)).containsExactly(
                "catalog/products.csv:2: duplicate product id 'TNS-1' (first at catalog/novos.jsonl:2)");
    }
}
