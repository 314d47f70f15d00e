package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class H2MessageStoreTest extends MessageStoreContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.h2();
    }
}
