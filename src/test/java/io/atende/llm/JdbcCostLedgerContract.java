package io.atende.llm;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.testsupport.TestDatabases.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger contract on a freshly migrated database; each subclass names the database. */
abstract class JdbcCostLedgerContract extends CostLedgerContract {

    private TestDatabase db;
    private HikariDataSource pool;

    protected abstract TestDatabase database();

    @Override
    protected CostLedger openLedger() {
        db = database();
        pool = db.migrated(2);
        return new JdbcCostLedger(JdbcClient.create(pool));
    }

    @Override
    protected void closeLedger() {
        if (pool != null) {
            pool.close();
        }
        if (db != null) {
            db.drop();
        }
    }
}
