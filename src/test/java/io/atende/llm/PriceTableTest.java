package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.llm.PriceTable.InvalidPriceFileException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped table, the lookup rules, operators' files and the problems a bad file is refused for. */
class PriceTableTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-06");
    private static final PriceTable SHIPPED = PriceTable.shipped();

    @TempDir
    Path dir;

    private static String id(Optional<ModelPrice> price) {
        return price.map(ModelPrice::id).orElse("none");
    }

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("prices.yaml"), yaml);
    }

    private static ModelPrice price(String provider, String model, String from, String input, String output) {
        return new ModelPrice(provider, model, LocalDate.parse(from), "USD", new BigDecimal(input), null,
                new BigDecimal(output), "test");
    }

    @Test
    void shouldShipASourcedPriceForTheMainProvidersModels() {
        assertThat(SHIPPED.entries()).allSatisfy(p -> {
            assertThat(p.source()).as(p.id()).isNotBlank();
            assertThat(p.currency()).as(p.id()).isIn("USD", "BRL");
        });
        for (String model : List.of("gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-5",
                "gpt-5-mini", "gpt-5-nano", "gpt-4o-transcribe", "gpt-4o-mini-transcribe")) {
            assertThat(SHIPPED.priceFor("openai", model, TODAY)).as(model).get()
                    .satisfies(p -> assertThat(p.provider()).isEqualTo("openai"));
        }
        for (String model : List.of("claude-opus-4-1", "claude-opus-4-5", "claude-opus-5", "claude-sonnet-4-5",
                "claude-sonnet-4-6", "claude-haiku-4-5")) {
            assertThat(SHIPPED.priceFor("anthropic", model, TODAY)).as(model).isPresent();
        }
        for (String model : List.of("sabia-4", "sabiazinho-4", "sabia-3.1", "sabia-3", "sabiazinho-3")) {
            assertThat(SHIPPED.priceFor("maritaca", model, TODAY)).as(model).get()
                    .satisfies(p -> assertThat(p.currency()).isEqualTo("BRL"));
        }
    }

    @Test
    void shouldPriceACallFromTheShippedTable() {
        ModelPrice mini = SHIPPED.priceFor("openai", "gpt-4o-mini", TODAY).orElseThrow();
        assertThat(mini.id()).isEqualTo("openai/gpt-4o-mini@2024-07-18");
        // 800 uncached input at $0.15, 200 cached at $0.075, 500 output at $0.60, per million
        assertThat(mini.cost(Usage.reported(1000, 500, 200))).isEqualByComparingTo("0.000435");
    }

    @Test
    void shouldFindTheModelUnderAnyProviderForOpenAiCompatibleEndpoints() {
        assertThat(id(SHIPPED.priceFor("openai", "sabia-4", TODAY))).isEqualTo("maritaca/sabia-4@2026-12-06");
        assertThat(SHIPPED.priceFor("openai", "sabiazinho-4", TODAY).orElseThrow().currency()).isEqualTo("BRL");
        assertThat(id(SHIPPED.priceFor("openai", "gemini-2.5-flash", TODAY))).isEqualTo("google/gemini-2.5-flash@2026-10-07");
    }

    @Test
    void shouldTakeTheModelsPriceForItsDatedSnapshotsButNeverASiblingModels() {
        assertThat(id(SHIPPED.priceFor("openai", "gpt-4o-mini-2024-07-18", TODAY))).isEqualTo("openai/gpt-4o-mini@2024-07-18");
        assertThat(id(SHIPPED.priceFor("openai", "gpt-5-mini-2025-08-07", TODAY))).isEqualTo("openai/gpt-5-mini@2025-08-07");
        assertThat(id(SHIPPED.priceFor("openai", "gpt-4o-mini-transcribe-2025-12-15", TODAY)))
                .isEqualTo("openai/gpt-4o-mini-transcribe@2026-12-06");
        assertThat(id(SHIPPED.priceFor("anthropic", "claude-haiku-4-5-20251001", TODAY)))
                .isEqualTo("anthropic/claude-haiku-4-5@2025-10-01");
        assertThat(id(SHIPPED.priceFor("anthropic", "Claude-Sonnet-4-5@20250929", TODAY)))
                .isEqualTo("anthropic/claude-sonnet-4-5@2025-11-25");
        // other models of a family are not snapshots: unpriced until the table has them
        assertThat(SHIPPED.priceFor("openai", "gpt-5.4", TODAY)).isEmpty();
        assertThat(SHIPPED.priceFor("openai", "gpt-5-codex", TODAY)).isEmpty();
        assertThat(SHIPPED.priceFor("anthropic", "claude-opus-5-5", TODAY)).isEmpty();
        assertThat(SHIPPED.priceFor("openai", "gemini-2.5-flash-lite", TODAY)).isEmpty();
        assertThat(SHIPPED.priceFor("anthropic", "unknown-model", TODAY)).isEmpty();
    }

    @Test
    void shouldPriceEveryLocalModelAtZero() {
        ModelPrice local = SHIPPED.priceFor("ollama", "llama3.1:8b", TODAY).orElseThrow();
        assertThat(local.cost(Usage.reported(5000, 900, 0))).isZero();
        // even a local model named like a paid one
        assertThat(id(SHIPPED.priceFor("ollama", "gpt-4o-mini", TODAY))).isEqualTo("ollama/*@2000-01-01");
    }

    @Test
    void shouldUseThePriceInForceOnTheDay() {
        PriceTable table = PriceTable.of(List.of(price("openai", "m", "2025-01-01", "1", "2"),
                price("openai", "m", "2026-01-01", "3", "4"), price("other", "m", "2020-01-01", "9", "9")));
        assertThat(id(table.priceFor("openai", "m", LocalDate.parse("2025-12-31")))).isEqualTo("openai/m@2025-01-01");
        assertThat(id(table.priceFor("openai", "m", LocalDate.parse("2026-01-01")))).isEqualTo("openai/m@2026-01-01");
        assertThat(id(table.priceFor("openai", "m-2026-05-01", LocalDate.parse("2026-06-01")))).isEqualTo("openai/m@2026-01-01");
        // before the provider's own price existed, the same model under another provider is the best there is
        assertThat(id(table.priceFor("openai", "m", LocalDate.parse("2024-06-01")))).isEqualTo("other/m@2020-01-01");
        assertThat(table.priceFor("openai", "m", LocalDate.parse("2019-06-01"))).isEmpty();
    }

    @Test
    void shouldLetAnOperatorsFileReplaceAndAddPrices() throws IOException {
        Path override = file("""
                prices:
                  - provider: openai
                    model: gpt-4o-mini
                    effective_from: 2024-07-18
                    currency: USD
                    input_per_million: 0.10
                    output_per_million: 0.40
                    source: our contract
                  - provider: openai
                    model: gpt-4o-mini
                    effective_from: 2027-01-01
                    currency: USD
                    input_per_million: 0.12
                    cached_input_per_million: 0.06
                    output_per_million: 0.48
                  - provider: openai
                    model: my-fine-tune
                    effective_from: 2026-01-01
                    currency: BRL
                    input_per_million: 1
                    output_per_million: 2
                """);
        PriceTable table = PriceTable.load(override);
        ModelPrice replaced = table.priceFor("openai", "gpt-4o-mini", TODAY).orElseThrow();
        assertThat(replaced.inputPerMillion()).isEqualByComparingTo("0.10");
        assertThat(replaced.cachedInputPerMillion()).as("the whole entry is replaced").isNull();
        assertThat(replaced.source()).isEqualTo("our contract");
        assertThat(id(table.priceFor("openai", "gpt-4o-mini", LocalDate.parse("2027-02-01")))).isEqualTo("openai/gpt-4o-mini@2027-01-01");
        assertThat(id(table.priceFor("openai", "my-fine-tune", TODAY))).isEqualTo("openai/my-fine-tune@2026-01-01");
        assertThat(table.entries()).hasSize(SHIPPED.entries().size() + 2);
        assertThat(table.priceFor("anthropic", "claude-haiku-4-5", TODAY)).isEqualTo(SHIPPED.priceFor("anthropic", "claude-haiku-4-5", TODAY));
    }

    @Test
    void shouldRefuseABadFileNamingFileLineAndEveryProblem() throws IOException {
        Path bad = file("""
                prices:
                  - provider: openai
                    model: gpt-4o-mini
                    effective_from: 2024-07-18
                    currency: USD
                    output_per_million: 0.60
                  - provider: openai
                    model: gpt-4o
                    effective_from: 2024-13-01
                    currency: usd
                    input_per_million: -2.5
                    output_per_million: ten
                    discount: 5
                """);
        assertThatThrownBy(() -> PriceTable.load(bad))
                .isInstanceOf(InvalidPriceFileException.class)
                .satisfies(e -> assertThat(((InvalidPriceFileException) e).problems()).extracting(Object::toString)
                        .containsExactlyInAnyOrder(
                                bad + ":2: missing 'input_per_million' (the price of a million input tokens)",
                                bad + ":9: 'effective_from' must be a date like 2025-08-07, got '2024-13-01'",
                                bad + ":10: 'currency' must be a three-letter ISO 4217 code like USD or BRL, got 'usd'",
                                bad + ":11: 'input_per_million' must not be negative, got -2.5",
                                bad + ":12: 'output_per_million' must be a number (money per million tokens), got 'ten'",
                                bad + ":13: unknown field 'discount' (a price has provider, model, effective_from,"
                                        + " currency, input_per_million, cached_input_per_million, output_per_million,"
                                        + " source)"))
                .hasMessageContaining(bad + ":11:");
    }

    @Test
    void shouldRefuseBrokenYamlAndFilesOfAnotherShape() throws IOException {
        assertThatThrownBy(() -> PriceTable.load(file("prices:\n  - provider: openai\n    model: [unclosed\n")))
                .isInstanceOf(InvalidPriceFileException.class).hasMessageStartingWith(dir.resolve("prices.yaml") + ":")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> PriceTable.load(file("models:\n  - gpt\n")))
                .hasMessageContaining(":1: expected a 'prices:' list").hasMessageContaining(":2: unknown key 'models'")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> PriceTable.load(file("")))
                .hasMessageContaining(":0: expected a 'prices:' list");
        String twice = """
                prices:
                  - provider: openai
                    model: m
                    model: n
                    effective_from: 2026-01-01
                    currency: USD
                    input_per_million: 1
                    output_per_million: 1
                  - provider: openai
                    model: m
                    effective_from: 2026-01-01
                    currency: USD
                    input_per_million: 1
                    output_per_million: 1
                  - provider: OpenAI
                    model: M
                    effective_from: 2026-01-01
                    currency: USD
                    input_per_million: 2
                    output_per_million: 2
                """;
        assertThatThrownBy(() -> PriceTable.load(file(twice)))
                .hasMessageContaining(":4: 'model' is given twice")
                .hasMessageContaining(":15: a second price for OpenAI/M@2026-01-01 (the first is at line 9)");
        assertThatThrownBy(() -> PriceTable.load(dir.resolve("missing.yaml")))
                .isInstanceOf(InvalidPriceFileException.class).hasMessageContaining("missing.yaml:0: cannot read");
    }
}
