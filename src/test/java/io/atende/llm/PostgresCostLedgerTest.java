package io.atende.llm;

import io.atende.testsupport.TestDatabases;

class PostgresCostLedgerTest extends JdbcCostLedgerContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.postgres();
    }
}
