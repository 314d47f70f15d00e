package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

/** Two application instances on one PostgreSQL: the ordering guarantee must hold across them. */
class PostgresTurnPipelineTest extends TurnPipelineContract {

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected int instances() {
        return 2;
    }
}
