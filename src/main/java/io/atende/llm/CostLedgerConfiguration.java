package io.atende.llm;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cost ledger on the application's database and the price table. A price file that cannot be used stops the
 * start, naming file, line and problem: a table that silently priced nothing would let budgets pass unchecked.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class CostLedgerConfiguration {

    @Bean
    CostLedger costLedger(DataSource dataSource) {
        return new JdbcCostLedger(JdbcClient.create(dataSource));
    }

    @Bean
    PriceTable priceTable(LlmProperties properties) {
        String file = properties.pricesFile();
        return PriceTable.load(file == null || file.isBlank() ? null : Path.of(file.strip()));
    }
}
