package io.atende.conversation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends H2's file to the disk a little at a time. A {@code CHECKPOINT} leaves what it wrote in the operating
 * system's cache, and Linux writes such pages back once they are 30 s old: at 500 webhook deliveries a second that
 * was 300–460 MB at once, and for the second or so the disk took, every {@code fdatasync} of the delivery journal
 * waited behind it (acknowledgements of up to 500 ms, docs/benchmarks.md "Session 11"). Forcing the file every
 * {@link #INTERVAL} while checkpoints happen keeps each write-back to a few MB.
 *
 * <p>Nothing's durability depends on this: it decides when the disk gets pages already written, not what is
 * written. It runs beside H2, on a descriptor of its own, so it takes none of H2's locks; a failure is logged once
 * and the operating system's own write-back goes on as before.
 */
final class H2FileSync implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(H2FileSync.class);

    private final Path file;
    private final LongSupplier checkpoints;
    private final Thread thread;
    private volatile boolean closed;

    /** Forces {@code file} every {@link #INTERVAL} in which {@code checkpoints} (a running count) moved on. */
    H2FileSync(Path file, LongSupplier checkpoints) {
        this.file = file;
        this.checkpoints = checkpoints;
        this.thread = Thread.ofPlatform().name("atende-h2-sync").daemon().start(this::syncLoop);
    }

    private void syncLoop() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long synced = -1;
            while (!closed) {
                LockSupport.parkNanos(INTERVAL.toNanos());
                long seen = checkpoints.getAsLong();
                if (seen != synced) {
                    // fsync is per file, not per descriptor: a read-only one sends H2's own writes too
                    channel.force(false);
                    synced = seen;
                }
            }
        } catch (IOException e) {
            log.warn("cannot send the database file {} to disk ahead of the operating system ({}); "
                    + "it writes it back on its own", file, e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
