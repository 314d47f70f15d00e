package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

class H2GroupFlushTest {

    @Test
    void shouldCoverConcurrentCommitsWithFewerCheckpointsThanCallers() throws Exception {
        try (HikariDataSource pool = TestDatabases.h2().newPool(2); H2GroupFlush flush = new H2GroupFlush(pool);
             var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            int callers = 400;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    flush.awaitDurable();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
            assertThat(flush.flushes()).isPositive().isLessThan(callers);
        }
    }

    @Test
    void shouldFailTheWaitersOfAFailedCheckpointAndRecoverAfterwards() throws Exception {
        try (HikariDataSource pool = TestDatabases.h2().newPool(2)) {
            AtomicBoolean down = new AtomicBoolean(true);
            DataSource flaky = new DelegatingDataSource(pool) {
                @Override
                public Connection getConnection() throws SQLException {
                    if (down.get()) {
                        throw new SQLException("disk unplugged");
                    }
                    return super.getConnection();
                }
            };
            try (H2GroupFlush flush = new H2GroupFlush(flaky)) {
                assertThatThrownBy(flush::awaitDurable).isInstanceOf(DataAccessException.class)
                        .hasMessageContaining("disk unplugged");
                assertThat(flush.flushes()).isZero();
                down.set(false);
                flush.awaitDurable();
                assertThat(flush.flushes()).isEqualTo(1);
            }
        }
    }
}
