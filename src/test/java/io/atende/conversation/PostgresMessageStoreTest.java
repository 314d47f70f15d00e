package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class PostgresMessageStoreTest extends MessageStoreContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.postgres();
    }
}
