package io.atende.conversation;

import io.atende.testsupport.TestDatabases;

class PostgresConversationStoreTest extends ConversationStoreContract {

    @Override
    protected TestDatabases.TestDatabase database() {
        return TestDatabases.postgres();
    }
}
