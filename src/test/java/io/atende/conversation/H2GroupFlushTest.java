package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void shouldRestAsLongAsACheckpointTookSoThatCommitsArrivingMeanwhileShareTheNext() throws Exception {
        try (HikariDataSource pool = TestDatabases.h2().newPool(2);
             H2GroupFlush flush = new H2GroupFlush(slowCheckpoints(pool, 300));
             var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            flush.awaitDurable();
            // five commits, 10 ms apart, while the flusher rests after that 300 ms checkpoint: one checkpoint for
            // all five (flushing at once, the first would start one and the other four would wait for a third)
            long started = System.nanoTime();
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                calls.add(threads.submit(() -> {
                    flush.awaitDurable();
                    return null;
                }));
                Thread.sleep(10);
            }
            for (Future<?> call : calls) {
                call.get();
            }
            assertThat(flush.flushes()).isEqualTo(2);
            // the rest, then the checkpoint: never sooner than both (a lower bound, whatever the machine)
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
    }

    /** A data source whose {@code CHECKPOINT} takes {@code ms} longer, as on a busy disk. */
    private static DataSource slowCheckpoints(DataSource target, long ms) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return proxy(Connection.class, connection, (method, args) -> {
                    Object result = method.invoke(connection, args);
                    return result instanceof Statement statement && method.getName().equals("createStatement")
                            ? proxy(Statement.class, statement, (m, a) -> {
                                if (m.getName().equals("execute") && "CHECKPOINT".equals(a[0])) {
                                    Thread.sleep(ms);
                                }
                                return m.invoke(statement, a);
                            })
                            : result;
                });
            }
        };
    }

    private interface Call {
        Object invoke(java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    try {
                        return call.invoke(method, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
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

    /**
     * What a checkpoint wrote must reach the disk within moments, not when Linux writes back 30 s old pages all at
     * once: the system's count of dirty pages drops back by the time the next sync interval has passed.
     */
    @Test
    void shouldSendTheDatabaseFileToDiskWhileCheckpointsHappen(@TempDir Path dir) throws Exception {
        Path meminfo = Path.of("/proc/meminfo");
        Assumptions.assumeTrue(Files.isReadable(meminfo), "needs Linux's /proc/meminfo to see dirty pages");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL");
        try (H2GroupFlush flush = new H2GroupFlush(h2); Connection c = h2.getConnection();
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR)");
            long before = dirtyMb(meminfo);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
                String text = "x".repeat(1000);
                for (int i = 0; i < 64_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, text + i);
                    insert.executeUpdate();
                    if (i % 1000 == 999) {
                        flush.awaitDurable();
                    }
                }
            }
            assertThat(Files.size(dir.resolve("db.mv.db"))).isGreaterThan(48L << 20);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (dirtyMb(meminfo) > before + 16 && System.nanoTime() < deadline) {
                Thread.sleep(H2FileSync.INTERVAL.toMillis());
            }
            assertThat(dirtyMb(meminfo)).as("MB of dirty pages, %d before writing 64 MB", before)
                    .isLessThanOrEqualTo(before + 16);
        }
    }

    private static long dirtyMb(Path meminfo) throws IOException {
        return Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("Dirty:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D+", "")) / 1024).findFirst().orElseThrow();
    }
}
