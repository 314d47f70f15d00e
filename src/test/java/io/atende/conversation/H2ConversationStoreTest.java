package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class H2ConversationStoreTest extends ConversationStoreContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.h2();
    }
}
