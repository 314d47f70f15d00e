package io.atende.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eval intents}: the fixed JSON keys with values worked out by hand, and one-line errors. */
class EvalIntentsCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String line(String text, String intent) {
        return "{\"text\": \"" + text + "\", \"intent\": \"" + intent + "\"}";
    }

    @Test
    void shouldReportTheFixedKeysWithHandCheckedValues() throws Exception {
        Path train = file("train.jsonl", line("oi", "saudacao"), line("olá", "saudacao"), line("bom dia", "saudacao"),
                line("boa tarde", "saudacao"), line("oi tudo bem", "saudacao"), line("tchau", "despedida"),
                line("até logo", "despedida"), line("até mais", "despedida"), line("falou", "despedida"),
                line("tchau tchau", "despedida"));
        // "ola" is labelled despedida on purpose: the model says saudacao, so one answer in four is wrong.
        Path test = file("test.jsonl", line("oi", "saudacao"), line("bom dia", "saudacao"), line("tchau", "despedida"),
                "", line("ola", "despedida"));
        CliRun run = CliRun.of("eval", "intents", "--train", train.toString(), "--test", test.toString(), "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(1);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("in_scope_accuracy").asDouble()).isEqualTo(0.75);
        assertThat(json.get("oos_recall").asDouble()).isEqualTo(0.0);
        // saudacao: P 2/3, R 1 -> F1 0.8; despedida: P 1, R 1/2 -> F1 2/3; mean 0.7333
        assertThat(json.get("macro_f1").asDouble()).isEqualTo(0.7333);
        assertThat(json.get("train_seconds").asDouble()).isPositive().isLessThan(30);
        assertThat(json.get("p50_ms").asDouble()).isPositive().isLessThanOrEqualTo(json.get("p99_ms").asDouble());
        assertThat(json.has("escalated")).as("Portuguese data never gets the English cascade").isFalse();
    }

    @Test
    void shouldUseTheEmbeddingCascadeForEnglishDataAndReportHowManyMessagesItEmbedded() throws Exception {
        Path train = file("train.jsonl", line("where is my order", "track"), line("track my package", "track"),
                line("my parcel has not arrived", "track"), line("what is the status of my order", "track"),
                line("I want a refund", "refund"), line("give me my money back", "refund"),
                line("how do I get a refund for this", "refund"), line("please refund my purchase", "refund"));
        Path test = file("test.jsonl", line("where is my order", "track"), line("I want a refund", "refund"),
                line("the thing I bought never showed up", "track"));
        CliRun run = CliRun.of("eval", "intents", "--train", train.toString(), "--test", test.toString(), "--json");
        assertThat(run.exit()).isZero();
        // In this shared test JVM an earlier test may have started logback on stdout before the command could
        // send it to stderr (./atende starts a fresh JVM, where stdout holds the JSON line alone), so read the last line.
        JsonNode json = JsonMapper.builder().build().readTree(run.out().lines().reduce((a, b) -> b).orElseThrow());
        assertThat(json.get("escalated").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("in_scope_accuracy").asDouble()).isGreaterThanOrEqualTo(2 / 3.0 - 1e-4);
    }

    @Test
    void shouldNameFileAndLineOfABadExample() throws Exception {
        Path train = file("train.jsonl", line("oi", "saudacao"), "{\"text\": \"tchau\"}");
        Path test = file("test.jsonl", line("oi", "saudacao"));
        CliRun missing = CliRun.of("eval", "intents", "--train", train.toString(), "--test", test.toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).isEqualTo("atende: " + train + ":2: missing or empty \"intent\"\n");

        Path broken = file("broken.jsonl", line("oi", "saudacao"), line("ola", "saudacao"), "{oops");
        CliRun notJson = CliRun.of("eval", "intents", "--train", test.toString(), "--test", broken.toString());
        assertThat(notJson.err()).isEqualTo("atende: " + broken + ":3: not a JSON object\n");
        assertThat(notJson.out()).isEmpty();

        CliRun noFile = CliRun.of("eval", "intents", "--train", dir.resolve("nope.jsonl").toString(), "--test", test.toString());
        assertThat(noFile.err()).isEqualTo("atende: " + dir.resolve("nope.jsonl") + ": file not found\n");

        CliRun neither = CliRun.of("eval", "intents", "--test", test.toString());
        assertThat(neither.exit()).isNotZero();
        assertThat(neither.err()).isEqualTo("atende: give exactly one of --train F or --pack DIR\n");
    }
}
