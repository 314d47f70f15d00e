package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class PostgresDeliveryOutboxTest extends DeliveryOutboxContract {

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.postgres();
    }
}
