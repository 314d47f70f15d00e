package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class H2DeliveryOutboxTest extends DeliveryOutboxContract {

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.h2();
    }
}
