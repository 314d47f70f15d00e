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
