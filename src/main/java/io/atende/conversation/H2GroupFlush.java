package io.atende.conversation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Group commit for H2. A store of H2's MVStore writes every change made since the last one, so one
 * {@code CHECKPOINT} covers all transactions committed before it started: callers join the current batch and wait,
 * one flusher thread closes the batch, runs a checkpoint for it and releases its waiters. This replaces
 * {@code WRITE_DELAY=0}, which stores once per commit under one lock: at a few hundred commits a second that lock,
 * not the work, limited the pipeline. The flusher is a platform thread on purpose: as a virtual thread it would
 * queue for a carrier behind the very requests that wait for it.
 *
 * <p>Waiters wait on their batch's future, not on a shared lock and condition: with a thousand requests waiting,
 * waking them all under one lock made each of them take the lock in turn, and the flusher queued behind them for
 * it — the slower the flushes, the more waiters, the slower the flushes (seen at 500 webhook deliveries/s).
 *
 * <p>After each checkpoint the flusher rests as long as that checkpoint took. A checkpoint rewrites H2's chunk
 * layout and every page touched since the last, so its cost per commit falls with the commits it covers; flushing
 * again the moment anyone waited let the batch size follow how many turns happen to commit at once. With the turns
 * computing at once capped, that fell, and H2 wrote 30–40 % more and finished the turns of a 500/s burst later
 * (reply p99 8–18 s against 7). Resting keeps the flusher under half its time busy: a lone commit waits one more
 * checkpoint's time (1–3 ms when little is written), a burst of them shares one (docs/benchmarks.md, "Session 14").
 */
final class H2GroupFlush implements CommitDurability, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(H2GroupFlush.class);
    private static final long RETRY_MS = 100;

    private final DataSource dataSource;
    /** The batch that callers join now; the flusher swaps in a new one just before its checkpoint starts. */
    private final AtomicReference<CompletableFuture<Void>> open = new AtomicReference<>(new CompletableFuture<>());
    /** Permits mean "someone is waiting": the flusher sleeps on it otherwise. */
    private final Semaphore work = new Semaphore(0);
    private final Thread flusher;
    private final AtomicLong flushes = new AtomicLong();
    private volatile boolean closed;
    /** Used by the flusher alone: waiting for a pooled one behind the requests that wait for it would convoy. */
    private Connection connection;
    /** Started by the flusher once it knows the database's file; none for an in-memory database. */
    private volatile H2FileSync fileSync;

    H2GroupFlush(DataSource dataSource) {
        this.dataSource = dataSource;
        this.flusher = Thread.ofPlatform().name("atende-h2-flush").daemon().start(this::flushLoop);
    }

    @Override
    public void awaitDurable() {
        if (closed) {
            throw closing();
        }
        // the caller's commit happened before this read, and the batch's checkpoint starts after the batch is
        // swapped out, which happens after this read: the checkpoint covers the commit
        CompletableFuture<Void> batch = open.get();
        work.release();
        try {
            batch.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void flushLoop() {
        while (!closed) {
            work.acquireUninterruptibly();
            work.drainPermits();
            if (closed) {
                break;
            }
            CompletableFuture<Void> batch = open.getAndSet(new CompletableFuture<>());
            try {
                long started = System.nanoTime();
                checkpoint();
                flushes.incrementAndGet();
                batch.complete(null);
                restAfter(System.nanoTime() - started);
            } catch (RuntimeException e) {
                // the waiters of this batch fail (so nothing is acknowledged); later ones get a fresh try
                batch.completeExceptionally(e);
                log.error("could not write the database to disk: {}", e.getMessage());
                sleepQuietly();
            }
        }
        open.get().completeExceptionally(closing());
    }

    /** Lets commits gather for the next checkpoint, as long as the last one took. */
    private void restAfter(long checkpointNanos) {
        if (!closed) {
            java.util.concurrent.locks.LockSupport.parkNanos(checkpointNanos);
        }
    }

    private static DataAccessResourceFailureException closing() {
        return new DataAccessResourceFailureException("the database is closing");
    }

    /** Checkpoints run so far: fewer than the calls to {@link #awaitDurable()} when commits come together. */
    long flushes() {
        return flushes.get();
    }

    private void checkpoint() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
                startFileSync();
            }
            try (Statement st = connection.createStatement()) {
                st.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            closeConnection();
            throw new DataAccessResourceFailureException("could not flush H2 to disk: " + e.getMessage(), e);
        }
    }

    private void startFileSync() throws SQLException {
        if (fileSync != null) {
            return;
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT DATABASE_PATH()")) {
            String path = rs.next() ? rs.getString(1) : null;
            if (path != null && !closed) {
                fileSync = new H2FileSync(Path.of(path + ".mv.db"), flushes::get);
            }
        }
    }

    private void closeConnection() {
        Connection broken = connection;
        connection = null;
        try {
            if (broken != null) {
                broken.close();
            }
        } catch (SQLException ignored) {
            // already broken
        }
    }

    private static void sleepQuietly() {
        try {
            TimeUnit.MILLISECONDS.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        work.release();
        java.util.concurrent.locks.LockSupport.unpark(flusher); // out of a rest
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.get().completeExceptionally(closing());
        closeConnection();
        H2FileSync sync = fileSync;
        if (sync != null) {
            sync.close();
        }
    }
}
