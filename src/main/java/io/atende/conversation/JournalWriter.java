package io.atende.conversation;

import io.atende.conversation.JournalSegments.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The appending side of a {@link FileDeliveryJournal}: one platform thread writes every record waiting at that
 * moment and makes them durable with one {@code fdatasync} (as a virtual thread it would wait for a carrier behind
 * the turns). Segments are written out ahead as zeros by another thread, so that the sync writes data alone.
 */
final class JournalWriter {

    private static final Logger log = LoggerFactory.getLogger(JournalWriter.class);
    private static final long WRITE_TIMEOUT_SECONDS = 30;

    private record Pending(ByteBuffer record, CompletableFuture<Void> written) {
    }

    private final JournalSegments files;
    private final long segmentBytes;
    /** Told after every durable batch: its size in bytes. */
    private final java.util.function.LongConsumer written;
    /** Told how long each batch's sync took, in nanoseconds: what the disk made every waiting request wait. */
    private final java.util.function.LongConsumer synced;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore work = new Semaphore(0);
    private final Thread thread;
    private volatile Position durableEnd;
    private volatile boolean closed;
    /** Set when a failed write could not be undone: appending after it would hide acknowledged records. */
    private volatile Throwable broken;
    private volatile FileChannel out;
    private long outSegment;
    private CompletableFuture<Void> nextSegment;

    /** Appends to segment {@code segment} from {@code end}, which recovery found to be its last whole record. */
    JournalWriter(JournalSegments files, long segmentBytes, long segment, java.util.function.LongConsumer written,
                  java.util.function.LongConsumer synced, String name) throws IOException {
        this.files = files;
        this.segmentBytes = segmentBytes;
        this.written = written;
        this.synced = synced;
        files.preallocate(segment, segmentBytes);
        this.outSegment = segment;
        this.out = FileChannel.open(files.segment(segment), StandardOpenOption.READ, StandardOpenOption.WRITE);
        Position end = JournalSegments.validEnd(out, new Position(segment, 0));
        // what a crash left after the last whole record must not read as records once new ones follow
        JournalSegments.clearAfter(out, end.offset());
        out.position(end.offset());
        this.durableEnd = end;
        prepareNext();
        this.thread = Thread.ofPlatform().name("atende-journal-write-" + name).daemon().start(this::loop);
    }

    /** Where the records written and synced so far end. */
    Position durableEnd() {
        return durableEnd;
    }

    /** Writes one encoded record; returns once it is on disk. */
    void write(ByteBuffer record) {
        if (closed) {
            throw new IllegalStateException("the delivery journal is closed");
        }
        if (broken != null) {
            throw new UncheckedIOException(new IOException("the delivery journal cannot be written since a failed "
                    + "write: " + broken.getMessage(), broken));
        }
        Pending pending = new Pending(record, new CompletableFuture<>());
        queue.add(pending);
        work.release();
        try {
            // bounded: a writer that stopped (closing, or an error it could not survive) must not hold a request
            pending.written().get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new UncheckedIOException("could not write the delivery journal: " + e.getCause().getMessage(),
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new UncheckedIOException(new IOException("the delivery journal did not write within "
                    + WRITE_TIMEOUT_SECONDS + " s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while the delivery journal wrote"));
        }
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>();
        try {
            while (!(closed && queue.isEmpty())) {
                work.acquireUninterruptibly();
                work.drainPermits();
                for (Pending p; (p = queue.poll()) != null; ) {
                    batch.add(p);
                }
                if (!batch.isEmpty()) {
                    writeBatch(batch);
                    batch.clear();
                }
            }
        } catch (Throwable e) {
            // an error the loop cannot survive (out of memory, say): nothing more is acknowledged
            broken = e;
            log.error("delivery journal: the writer stopped: {}", e.toString());
            batch.forEach(p -> p.written().completeExceptionally(e));
        } finally {
            IOException stopped = new IOException("the delivery journal is closed");
            for (Pending p; (p = queue.poll()) != null; ) {
                p.written().completeExceptionally(broken != null ? broken : stopped);
            }
        }
    }

    private void writeBatch(List<Pending> batch) {
        long from = durableEnd.offset();
        try {
            if (broken != null) {
                throw new IOException("a failed write could not be undone: " + broken.getMessage());
            }
            long bytes = 0;
            for (Pending p : batch) {
                bytes += p.record().remaining();
                while (p.record().hasRemaining()) {
                    out.write(p.record());
                }
            }
            long syncing = System.nanoTime();
            out.force(false);
            tellSync(System.nanoTime() - syncing);
            durableEnd = new Position(outSegment, out.position());
            batch.forEach(p -> p.written().complete(null));
            written.accept(bytes);
            if (out.position() >= segmentBytes - JournalSegments.MAX_RECORD) {
                rotate();
            }
        } catch (IOException e) {
            log.error("delivery journal: a write failed, {} deliveries not acknowledged: {}", batch.size(),
                    e.getMessage());
            batch.forEach(p -> p.written().completeExceptionally(e));
            undoPartialWrite(from);
        }
    }

    /** A metric that fails must not stop the writer: the deliveries matter, the timing does not. */
    private void tellSync(long nanos) {
        try {
            synced.accept(nanos);
        } catch (RuntimeException e) {
            log.debug("delivery journal: the sync time was not recorded: {}", e.toString());
        }
    }

    /** The next segment is written out ahead, off the writer's path. */
    private void prepareNext() {
        long number = outSegment + 1;
        nextSegment = CompletableFuture.runAsync(() -> {
            try {
                files.preallocate(number, segmentBytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> Thread.ofPlatform().name("atende-journal-prepare").daemon().start(task));
    }

    private void rotate() throws IOException {
        try {
            nextSegment.join();
        } catch (CompletionException e) {
            log.warn("delivery journal: the next segment could not be prepared ahead: {}", e.getCause().getMessage());
            files.preallocate(outSegment + 1, segmentBytes);
        }
        // the directory entry must be on disk before records are: the fallback above may have found the file there
        files.syncDirectory();
        FileChannel next = FileChannel.open(files.segment(outSegment + 1), StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileChannel previous = out;
        out = next;
        outSegment++;
        try {
            previous.close();
        } catch (IOException e) {
            log.warn("delivery journal: closing a full segment: {}", e.getMessage());
        }
        durableEnd = new Position(outSegment, 0);
        written.accept(0);
        prepareNext();
    }

    /** Zeros over everything the failed batch wrote, and back to where it started; or the writer is broken. */
    private void undoPartialWrite(long from) {
        try {
            long reached = Math.max(from, out.position());
            out.position(from);
            JournalSegments.clear(out, from, reached - from + JournalSegments.HEADER);
        } catch (IOException | RuntimeException e) {
            broken = e;
            log.error("delivery journal: a failed write could not be undone; refusing deliveries until restart: {}",
                    e.getMessage());
        }
    }

    /** Writes what was appended before, then stops; the segment being prepared ahead is finished first. */
    void close() throws IOException {
        closed = true;
        work.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
            nextSegment.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.debug("delivery journal: the next segment was not prepared: {}", e.toString());
        }
        out.close();
    }
}
