package io.atende.pack;

import static io.atende.pack.TestPacks.copyOfTestPack;
import static io.atende.pack.TestPacks.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PackChangeTest {

    @Test
    void shouldListAddedChangedAndRemovedProductsAndSectionsById() throws IOException {
        Path dir = copyOfTestPack();
        Pack before = PackLoader.load(dir);
        String csv = Files.readString(dir.resolve("catalog/products.csv"));
        write(dir, "catalog/products.csv", csv.replace("TNS-2,Tênis Adidas Runfalcon 3.0 Feminino Branco,Tênis para caminhada e corrida leve.,329.90",
                "TNS-2,Tênis Adidas Runfalcon 3.0 Feminino Branco,Tênis para caminhada e corrida leve.,299.90")
                .replaceAll("(?m)^AIR-1,.*\\n", ""));
        write(dir, "catalog/novos.jsonl", "{\"id\": \"NEW-1\", \"title\": \"Garrafa\", \"price\": 30, \"stock\": 2}\n");
        write(dir, "knowledge/horario.txt", "Atendemos de segunda a sábado.\n");

        PackChange change = PackChange.between(before, PackLoader.load(dir));

        assertThat(change.products().added()).extracting(Product::id).containsExactly("NEW-1");
        assertThat(change.products().changed()).extracting(Product::id, p -> p.price().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TNS-2", "299.90"));
        assertThat(change.products().removed()).extracting(Product::id).containsExactly("AIR-1");
        assertThat(change.knowledge().added()).extracting(KnowledgeEntry::id).containsExactly("horario/horario");
        assertThat(change.knowledge().changed()).isEmpty();
        assertThat(change.knowledge().removed()).isEmpty();
        assertThat(change.identityChanged() || change.intentsChanged() || change.messagesChanged()).isFalse();
        assertThat(change.summary()).isEqualTo("products +1 ~1 -1, knowledge +1 ~0 -0");
    }

    @Test
    void shouldFlagChangedStoreSettingsIntentsAndMessages() throws IOException {
        Path dir = copyOfTestPack();
        Pack before = PackLoader.load(dir);
        write(dir, "store.yaml", Files.readString(dir.resolve("store.yaml")).replace("America/Sao_Paulo", "America/Manaus"));
        write(dir, "intents.yaml", Files.readString(dir.resolve("intents.yaml")) + "  - name: elogio\n    examples: [adorei]\n");
        write(dir, "messages.yaml", Files.readString(dir.resolve("messages.yaml")) + "despedida: \"Até logo!\"\n");

        PackChange change = PackChange.between(before, PackLoader.load(dir));

        assertThat(change.identityChanged()).isTrue();
        assertThat(change.intentsChanged()).isTrue();
        assertThat(change.messagesChanged()).isTrue();
        assertThat(change.products().isEmpty() && change.knowledge().isEmpty()).isTrue();
    }

    @Test
    void shouldFlagAnEditedJourneyButNotTheSameJourneyLoadedTwice() {
        Path dir = copyOfTestPack();
        String journey = """
                name: oi
                goal: Cumprimentar.
                triggers: {phrases: [oi]}
                steps:
                  - {id: decidir, kind: branch, rules: [{when: "hora < 12", go: fim}], otherwise: fim}
                  - {id: fim, kind: finish, outcome: cumprimentado}
                """;
        write(dir, "journeys/oi.yaml", journey);
        Pack before = PackLoader.load(dir);
        assertThat(PackChange.between(before, PackLoader.load(dir)).isEmpty()).isTrue();

        write(dir, "journeys/oi.yaml", journey.replace("hora < 12", "hora < 13"));
        PackChange change = PackChange.between(before, PackLoader.load(dir));

        assertThat(change.journeysChanged()).isTrue();
        assertThat(change.summary()).isEqualTo("products +0 ~0 -0, knowledge +0 ~0 -0, journeys changed");
    }

    @Test
    void shouldBeEmptyWhenAnEditChangesOnlyHowAValueIsWritten() throws IOException {
        Path dir = copyOfTestPack();
        Pack before = PackLoader.load(dir);
        String csv = Files.readString(dir.resolve("catalog/products.csv"));
        write(dir, "catalog/products.csv", csv.replace(",279.90,", ",279.9,").replace("\n", "\r\n"));

        assertThat(PackChange.between(before, PackLoader.load(dir)).isEmpty()).isTrue();
    }
}
