package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class H2ReengagementTest extends ReengagementContract {

    @Override
    protected TestDatabases.TestDatabase newDatabase() {
        return TestDatabases.h2();
    }

    @Override
    protected int instances() {
        return 1;
    }
}
