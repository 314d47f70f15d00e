package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class PostgresTurnQueueTest extends TurnQueueContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.postgres();
    }
}
