package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class H2HandoffDeskTest extends HandoffDeskContract {

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.h2();
    }
}
