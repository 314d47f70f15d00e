package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class PostgresHandoffDeskTest extends HandoffDeskContract {

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.postgres();
    }
}
