package io.atende.conversation;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.engine.Engine;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.privacy.FieldCipher;
import io.atende.testsupport.TestDatabases.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh, migrated database for one test and the application instances (pipelines) started on it; closing it
 * stops the instances, closes their pools and drops the database.
 */
final class PipelineDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<Pipeline> pipelines = new ArrayList<>();

    PipelineDatabase(TestDatabase database) {
        this.database = database;
        pools.add(database.migrated(2));
    }

    /** Starts one more application instance on the database, with its own connection pool. */
    Pipeline start(FieldCipher cipher, Engine engine, Aggregation aggregation, Duration lease, HandoffNotice notice,
                   int connections) {
        HikariDataSource pool = newPool(connections);
        Pipeline p = new Pipeline(pool, cipher, engine, aggregation, lease, notice);
        pipelines.add(p);
        return p.start();
    }

    /** Stops an instance before the test ends (a restart); closing twice is harmless. */
    void stop(Pipeline p) {
        p.close();
        pipelines.remove(p);
    }

    /** A pool the fixture closes at the end. */
    HikariDataSource newPool(int connections) {
        HikariDataSource pool = database.newPool(connections);
        pools.add(pool);
        return pool;
    }

    @Override
    public void close() {
        pipelines.forEach(Pipeline::close);
        pools.forEach(HikariDataSource::close);
        database.drop();
    }
}
