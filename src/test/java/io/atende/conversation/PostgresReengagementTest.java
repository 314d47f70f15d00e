package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

/** Two application instances on one PostgreSQL: each follow-up is still sent exactly once. */
class PostgresReengagementTest extends ReengagementContract {

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected int instances() {
        return 2;
    }
}
