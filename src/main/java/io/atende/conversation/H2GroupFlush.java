package io.atende.conversation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Group commit for H2. A store of H2's MVStore writes every change made since the last one, so one
 * {@code CHECKPOINT} covers all transactions committed before it started: callers register and wait,
 * one flusher thread runs a checkpoint for everyone registered so far. This replaces
 * {@code WRITE_DELAY=0}, which stores once per commit under one lock: at a few hundred commits a
 * second that lock, not the work, limited the pipeline. The flusher is a platform thread on purpose:
 * as a virtual thread it would queue for a carrier behind the very requests that wait for it.
 */
final class H2GroupFlush implements CommitDurability, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(H2GroupFlush.class);
    private static final long RETRY_MS = 100;

    private final DataSource dataSource;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition flushed = lock.newCondition();
    private final Thread flusher;
    private long requested;
    private long durable;
    private long failedUpTo;
    private long flushes;
    private RuntimeException failure;
    private volatile boolean closed;
    /** Used by the flusher alone: waiting for a pooled one behind the requests that wait for it would convoy. */
    private Connection connection;

    H2GroupFlush(DataSource dataSource) {
        this.dataSource = dataSource;
        this.flusher = Thread.ofPlatform().name("atende-h2-flush").daemon().start(this::flushLoop);
    }

    @Override
    public void awaitDurable() {
        lock.lock();
        try {
            long ticket = ++requested;
            work.signal();
            while (durable < ticket) {
                if (failedUpTo >= ticket) {
                    throw failure;
                }
                if (closed) {
                    throw new DataAccessResourceFailureException("the database is closing");
                }
                flushed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    private void flushLoop() {
        while (!closed) {
            long covers;
            lock.lock();
            try {
                while (requested == Math.max(durable, failedUpTo) && !closed) {
                    work.awaitUninterruptibly();
                }
                covers = requested;
            } finally {
                lock.unlock();
            }
            if (closed) {
                break;
            }
            RuntimeException error = null;
            try {
                checkpoint();
            } catch (RuntimeException e) {
                error = e;
            }
            lock.lock();
            try {
                if (error == null) {
                    durable = covers;
                    flushes++;
                } else {
                    // the waiters of this round fail (so nothing is acknowledged); later ones get a fresh try
                    failedUpTo = covers;
                    failure = error;
                }
                flushed.signalAll();
            } finally {
                lock.unlock();
            }
            if (error != null) {
                log.error("could not write the database to disk: {}", error.getMessage());
                sleepQuietly();
            }
        }
        lock.lock();
        try {
            flushed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Checkpoints run so far: fewer than the calls to {@link #awaitDurable()} when commits come together. */
    long flushes() {
        lock.lock();
        try {
            return flushes;
        } finally {
            lock.unlock();
        }
    }

    private void checkpoint() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
            }
            try (Statement st = connection.createStatement()) {
                st.execute("CHECKPOINT");
            }
        } catch (SQLException e) {
            closeConnection();
            throw new DataAccessResourceFailureException("could not flush H2 to disk: " + e.getMessage(), e);
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
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            flusher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
