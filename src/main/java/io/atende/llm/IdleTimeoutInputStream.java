package io.atende.llm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A streamed answer's body that is closed when no byte came for the timeout, so a provider that stops sending in
 * the middle of an answer cannot hold the caller forever (the JDK's request timeout ends at the headers).
 */
final class IdleTimeoutInputStream extends FilterInputStream {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "llm-stream-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final long idleNanos;
    private final Duration idle;
    private final ScheduledFuture<?> check;
    private volatile long lastRead = System.nanoTime();
    private volatile boolean expired;

    IdleTimeoutInputStream(InputStream in, Duration idle) {
        super(in);
        this.idle = idle;
        this.idleNanos = idle.toNanos();
        long period = Math.max(10, idle.toMillis() / 4);
        this.check = WATCHDOG.scheduleWithFixedDelay(this::check, period, period, TimeUnit.MILLISECONDS);
    }

    private void check() {
        if (System.nanoTime() - lastRead > idleNanos) {
            expired = true;
            check.cancel(false);
            try {
                in.close();
            } catch (IOException ignored) {
                // closing is all that is wanted
            }
        }
    }

    boolean expired() {
        return expired;
    }

    HttpTimeoutException timeoutException() {
        return new HttpTimeoutException("no data for " + idle.toMillis() + " ms");
    }

    @Override
    public int read() throws IOException {
        try {
            int b = super.read();
            return seen(b);
        } catch (IOException e) {
            throw expired ? timeoutException() : e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int n = super.read(buffer, offset, length);
            return seen(n);
        } catch (IOException e) {
            throw expired ? timeoutException() : e;
        }
    }

    private int seen(int result) throws IOException {
        if (expired) {
            throw timeoutException();
        }
        lastRead = System.nanoTime();
        return result;
    }

    @Override
    public void close() throws IOException {
        check.cancel(false);
        super.close();
    }
}
