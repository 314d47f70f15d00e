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

    private record Pending(ByteBuffer record, CompletableFuture<Void> written) {
    }

    private final JournalSegments files;
    private final long segmentBytes;
    /** Told after every durable batch: its size in bytes. */
    private final java.util.function.LongConsumer written;
    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore work = new Semaphore(0);
    private final Thread thread;
    private volatile Position durableEnd;
    private volatile boolean closed;
    private FileChannel out;
    private long outSegment;
    private CompletableFuture<Void> nextSegment;

    /** Appends to segment {@code segment} from {@code end}, which recovery found to be its last whole record. */
    JournalWriter(JournalSegments files, long segmentBytes, long segment, java.util.function.LongConsumer written,
                  String name) throws IOException {
        this.files = files;
        this.segmentBytes = segmentBytes;
        this.written = written;
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
        Pending pending = new Pending(record, new CompletableFuture<>());
        queue.add(pending);
        work.release();
        try {
            pending.written().join();
        } catch (CompletionException e) {
            throw new UncheckedIOException("could not write the delivery journal: " + e.getCause().getMessage(),
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>();
        while (true) {
            work.acquireUninterruptibly();
            work.drainPermits();
            for (Pending p; (p = queue.poll()) != null; ) {
                batch.add(p);
            }
            if (batch.isEmpty()) {
                if (closed) {
                    return;
                }
                continue;
            }
            try {
                long bytes = 0;
                for (Pending p : batch) {
                    bytes += p.record().remaining();
                    while (p.record().hasRemaining()) {
                        out.write(p.record());
                    }
                }
                out.force(false);
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
                undoPartialWrite();
            }
            batch.clear();
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
        FileChannel next = FileChannel.open(files.segment(outSegment + 1), StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        out.close();
        out = next;
        outSegment++;
        durableEnd = new Position(outSegment, 0);
        written.accept(0);
        prepareNext();
    }

    private void undoPartialWrite() {
        try {
            JournalSegments.clearAfter(out, durableEnd.offset());
            out.position(durableEnd.offset());
        } catch (IOException ignored) {
            // the next write fails too, and says so
        }
    }

    /** Writes what was appended before, then stops. */
    void close() throws IOException {
        closed = true;
        work.release();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.close();
    }
}
