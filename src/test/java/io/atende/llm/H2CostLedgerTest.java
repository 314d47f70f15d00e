package io.atende.llm;

import io.atende.testsupport.TestDatabases;

class H2CostLedgerTest extends JdbcCostLedgerContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.h2();
    }
}
