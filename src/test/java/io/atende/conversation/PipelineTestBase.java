package io.atende.conversation;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.privacy.FieldCipher;
import io.atende.testsupport.TestDatabases.TestDatabase;
import io.atende.testsupport.TestKeys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh migrated database per test, and the application instances ({@link Pipeline}s) a test starts on it;
 * everything is stopped and dropped after the test.
 */
abstract class PipelineTestBase {

    protected TestDatabase database;
    /** One key for every instance, as in production: each call of TestKeys.cipher() makes a new one. */
    protected final FieldCipher cipher = TestKeys.cipher();
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<Pipeline> pipelines = new ArrayList<>();

    /** The database under test. */
    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void createDatabase() {
        database = newDatabase();
        pools.add(database.migrated(2));
    }

    @AfterEach
    void stopEverything() {
        pipelines.forEach(Pipeline::close);
        pools.forEach(HikariDataSource::close);
        database.drop();
    }

    /** A connection pool of its own, as another application instance would have; closed after the test. */
    protected HikariDataSource newPool(int size) {
        HikariDataSource pool = database.newPool(size);
        pools.add(pool);
        return pool;
    }

    /** Starts an instance; it is stopped after the test. */
    protected Pipeline started(Pipeline pipeline) {
        pipelines.add(pipeline);
        return pipeline.start();
    }
}
