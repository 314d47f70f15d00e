package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The wiring: the ledger on the application's database, and a price file that stops the start when it is bad. */
class CostLedgerConfigurationTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CostLedgerConfiguration.class)
            .withBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:h2:mem:wiring;MODE=PostgreSQL"));

    @Test
    void shouldProvideTheJdbcLedgerAndTheShippedTable() {
        context.run(c -> {
            assertThat(c).hasSingleBean(JdbcCostLedger.class).hasSingleBean(LlmProperties.class);
            assertThat(c.getBean(PriceTable.class).entries()).isEqualTo(PriceTable.shipped().entries());
        });
    }

    @Test
    void shouldAddTheOperatorsPriceFile() throws IOException {
        Path file = Files.writeString(dir.resolve("our-prices.yaml"), """
                prices:
                  - provider: openai
                    model: our-model
                    effective_from: 2026-01-01
                    currency: BRL
                    input_per_million: 1
                    output_per_million: 2
                """);
        context.withPropertyValues("atende.llm.prices-file=" + file).run(c ->
                assertThat(c.getBean(PriceTable.class).priceFor("openai", "our-model", LocalDate.parse("2026-02-01")))
                        .isPresent());
    }

    @Test
    void shouldNotStartWithABadPriceFileAndSayWhereTheProblemIs() throws IOException {
        Path file = Files.writeString(dir.resolve("our-prices.yaml"), """
                prices:
                  - provider: openai
                    model: our-model
                    effective_from: 2026-01-01
                    currency: BRL
                    input_per_million: -1
                    output_per_million: 2
                """);
        context.withPropertyValues("atende.llm.prices-file=" + file).run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause()
                    .hasMessage(file + ":6: 'input_per_million' must not be negative, got -1");
        });
    }
}
