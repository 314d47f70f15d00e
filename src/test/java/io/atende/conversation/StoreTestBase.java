package io.atende.conversation;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.testsupport.TestDatabases.TestDatabase;
import io.atende.testsupport.TestKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Fresh migrated database and the three JDBC stores for each contract test. */
abstract class StoreTestBase {

    protected HikariDataSource pool;
    private TestDatabase db;
    protected JdbcClient jdbc;
    protected JdbcConversationStore conversations;
    protected JdbcMessageStore messages;
    protected JdbcTurnQueue queue;
    protected TransactionTemplate tx;
    protected final Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    /** The database under test: each adapter's subclass names one. */
    protected abstract TestDatabase database();

    @BeforeEach
    void openStores() {
        db = database();
        pool = db.migrated(4);
        jdbc = JdbcClient.create(pool);
        SealedJson sealed = new SealedJson(TestKeys.cipher());
        conversations = new JdbcConversationStore(jdbc, sealed);
        messages = JdbcMessageStore.on(pool, sealed);
        queue = JdbcTurnQueue.on(pool);
        tx = new TransactionTemplate(new JdbcTransactionManager(pool));
    }

    @AfterEach
    void closeStores() {
        pool.close();
        db.drop();
    }

    protected io.atende.shared.ConversationId newConversation(String contact) {
        return tx.execute(s -> {
            var c = conversations.lockContact(Channel.API, contact, null, t0);
            var id = conversations.open(c.id(), Channel.API, t0);
            queue.create(id);
            return id;
        });
    }
}
