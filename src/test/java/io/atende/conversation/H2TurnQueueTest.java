package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class H2TurnQueueTest extends TurnQueueContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.h2();
    }
}
