package io.atende.conversation;

import io.atende.conversation.JournalSegments.Entry;
import io.atende.conversation.JournalSegments.Position;
import io.atende.privacy.FieldCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery journal on the local disk: appends are written by one thread and made durable together
 * ({@link JournalWriter}: one {@code fdatasync} for every append waiting at that moment, about 0.2 ms on a quiet
 * disk), so acknowledging a delivery never waits for the database, its checkpoints or the turns that keep it busy. Another thread reads the records back in
 * order, hands them to the handler, waits once per batch for the database to have them on disk, and only then moves
 * the handled marker; segments wholly handled are deleted. After a crash, everything after the marker is handled
 * again. Records are sealed with the message key: customer text never sits on disk in clear.
 */
final class FileDeliveryJournal implements DeliveryJournal {

    private static final Logger log = LoggerFactory.getLogger(FileDeliveryJournal.class);
    private static final int BATCH = 256;
    private static final long GROUP_NANOS = 100_000_000L;
    private static final long MAX_BACKOFF_MS = 5_000;
    static final int MAX_ATTEMPTS = 5;

    private final JournalSegments files;
    private final Handler handler;
    /** Fault injection for crash tests: a pause before each delivery is handled. */
    private final Duration faultDelay;
    private final CommitDurability durability;
    private final FieldCipher cipher;
    private final long maxBacklogBytes;
    private final Semaphore reads = new Semaphore(0);
    /** Bytes appended and handled since the start (recovered backlog counted as appended): their gap is the backlog. */
    private final AtomicLong appendedBytes = new AtomicLong();
    private final AtomicLong handledBytes = new AtomicLong();
    private final JournalWriter writer;
    private final Thread reader;
    private volatile Position handled;
    /** The record being handled, the one that failed last and how often in a row, and one to set aside. */
    private Position attempting;
    private Position failing;
    private int failures;
    private Position quarantine;
    private volatile boolean closed;
    /** Stopped as by a crash: nothing more is written, marked or deleted. */
    private volatile boolean halted;
    private final java.nio.channels.FileLock lock;

    /** Another process has the journal open. */
    static final class LockedException extends RuntimeException {
        LockedException(Path dir) {
            super("another Atende process has the delivery journal in " + dir + " open");
        }
    }

    /**
     * @param syncNanos told how long each batch's {@code fdatasync} took: acknowledgements wait for it, so a slow
     *                  disk shows there first
     */
    FileDeliveryJournal(Path dir, Handler handler, CommitDurability durability, FieldCipher cipher,
                        long segmentBytes, long maxBacklogBytes, Duration faultDelay, LongConsumer syncNanos) {
        this.handler = handler;
        this.faultDelay = faultDelay;
        this.durability = durability;
        this.cipher = cipher;
        this.maxBacklogBytes = maxBacklogBytes;
        String name = dir.getFileName().toString();
        try {
            this.files = new JournalSegments(dir);
            this.lock = files.lock();
            if (lock == null) {
                throw new LockedException(dir);
            }
            Position marker = recover();
            this.writer = new JournalWriter(files, segmentBytes, lastSegment(marker), bytes -> {
                        appendedBytes.addAndGet(bytes);
                        reads.release();
                    }, syncNanos, name);
            Position end = writer.durableEnd();
            appendedBytes.addAndGet(backlog(marker, end));
            this.handled = marker.compareTo(end) > 0 ? end : marker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the delivery journal in " + dir + ": " + e.getMessage(), e);
        }
        // a platform thread: as a virtual thread it would wait for a carrier behind the turns it feeds
        this.reader = Thread.ofPlatform().name("atende-journal-read-" + name).daemon().start(this::readLoop);
    }

    /** The handled marker (the start of the first segment when there is none); handled segments deleted. */
    private Position recover() throws IOException {
        List<Long> segments = files.list();
        Position marker = files.handled();
        long first = segments.isEmpty() ? 0 : segments.getFirst();
        if (marker == null || marker.segment() < first) {
            marker = new Position(first, 0);
        }
        files.deleteBefore(marker.segment());
        return marker;
    }

    private long lastSegment(Position marker) throws IOException {
        List<Long> segments = files.list();
        return segments.isEmpty() ? marker.segment() : Math.max(marker.segment(), segments.getLast());
    }

    /** Bytes of records from the marker to the end: what a restart handles again. */
    private long backlog(Position marker, Position end) throws IOException {
        long backlog = 0;
        for (long s : files.list()) {
            if (s < marker.segment() || s > end.segment()) {
                continue;
            }
            long start = s == marker.segment() ? marker.offset() : 0;
            long stop;
            if (s == end.segment()) {
                stop = end.offset();
            } else {
                try (FileChannel in = FileChannel.open(files.segment(s), StandardOpenOption.READ)) {
                    stop = JournalSegments.validEnd(in, new Position(s, start)).offset();
                }
            }
            backlog += Math.max(0, stop - start);
        }
        if (backlog > 0) {
            log.info("delivery journal: {} bytes of deliveries not yet handled are handled again", backlog);
        }
        return backlog;
    }

    @Override
    public void append(byte[] delivery) {
        long backlog = appendedBytes.get() - handledBytes.get();
        if (backlog > maxBacklogBytes) {
            throw new JournalFullException("deliveries wait to be handled (" + backlog / (1024 * 1024)
                    + " MB): try again later");
        }
        byte[] sealed = cipher.seal(Base64.getEncoder().encodeToString(delivery)).getBytes(StandardCharsets.US_ASCII);
        if (sealed.length > JournalSegments.MAX_RECORD) {
            throw new IllegalArgumentException("a delivery of " + delivery.length + " bytes is over the journal's limit");
        }
        writer.write(JournalSegments.encode(sealed));
    }

    private void readLoop() {
        long backoff = 100;
        while (!closed) {
            if (handled.compareTo(writer.durableEnd()) >= 0) {
                try {
                    reads.tryAcquire(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            try {
                handleBatch();
                backoff = 100;
            } catch (Throwable e) {
                // the database is away or refused: the same deliveries are handled again, none skipped
                log.warn("delivery journal: handling failed, retrying in {} ms: {}", backoff, e.toString());
                countFailure(e);
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
    }

    /**
     * Handles what is there and what comes within {@link #GROUP_NANOS}, then waits once for the database's disk:
     * a wait per delivery would make the database flush hundreds of times a second, and every flush of the one
     * disk delays the journal's own (seen: 30-300 ms, against 0.2 ms on a quiet disk).
     */
    private void handleBatch() throws IOException {
        Position at = handled;
        long bytes = 0;
        long groupEnd = System.nanoTime() + GROUP_NANOS;
        FileChannel in = null;
        try {
            for (int n = 0; n < BATCH; ) {
                Position end = writer.durableEnd();
                if (at.compareTo(end) >= 0) {
                    long wait = groupEnd - System.nanoTime();
                    if (wait <= 0 || closed) {
                        break;
                    }
                    reads.tryAcquire(wait, TimeUnit.NANOSECONDS);
                    continue;
                }
                if (in == null) {
                    in = FileChannel.open(files.segment(at.segment()), StandardOpenOption.READ);
                }
                Entry entry = JournalSegments.read(in, at);
                if (entry == null) {
                    if (at.segment() == end.segment()) {
                        throw new IOException("no whole record at " + at + " although written up to " + end);
                    }
                    // the end of a segment the writer has left: on to the next one
                    at = new Position(at.segment() + 1, 0);
                    in.close();
                    in = null;
                    continue;
                }
                bytes += entry.next().offset() - at.offset();
                attempting = at;
                if (at.equals(quarantine)) {
                    setAside(at, entry.payload());
                } else {
                    handleOne(entry.payload());
                }
                at = entry.next();
                n++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (in != null) {
                in.close();
            }
        }
        attempting = null;
        if (halted) {
            return;
        }
        durability.awaitDurable();
        boolean leftSegment = at.segment() > handled.segment();
        files.markHandled(at, leftSegment);
        handled = at;
        handledBytes.addAndGet(bytes);
        if (leftSegment) {
            files.deleteBefore(at.segment());
        }
    }

    /**
     * A record that fails for another reason than the database being away (a bug, a record no key opens) is tried
     * {@value #MAX_ATTEMPTS} times, then set aside so that the deliveries behind it are not held up for good.
     */
    private void countFailure(Throwable e) {
        if (e instanceof org.springframework.dao.TransientDataAccessException
                || e instanceof org.springframework.dao.DataAccessResourceFailureException
                || e instanceof org.springframework.dao.RecoverableDataAccessException || e instanceof IOException
                || attempting == null) {
            return;
        }
        failures = attempting.equals(failing) ? failures + 1 : 1;
        failing = attempting;
        if (failures >= MAX_ATTEMPTS) {
            quarantine = failing;
        }
    }

    /** Keeps the record, still sealed, in {@code quarantine/} for an operator, and goes on without it. */
    private void setAside(Position at, byte[] payload) throws IOException {
        Path kept = files.quarantine(at, payload);
        log.error("delivery journal: the delivery at {} failed {} times and was set aside in {}; the next ones go on",
                at, MAX_ATTEMPTS, kept);
        quarantine = null;
    }

    private void handleOne(byte[] payload) {
        byte[] delivery;
        try {
            delivery = Base64.getDecoder().decode(cipher.open(new String(payload, StandardCharsets.US_ASCII)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("a record cannot be opened (" + e.getMessage() + ")", e);
        }
        if (!faultDelay.isZero()) {
            sleep(faultDelay.toMillis());
        }
        handler.handle(delivery);
    }

    @Override
    public boolean awaitHandled(Duration timeout) {
        Position target = writer.durableEnd();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handled.compareTo(target) < 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(2);
        }
        return true;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reads.release();
        try {
            writer.close();
        } catch (IOException e) {
            log.warn("delivery journal: closing: {}", e.getMessage());
        }
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("delivery journal: closing: {}", e.getMessage());
        }
    }

    /**
     * For crash tests: stops as a killed process would, with no wait for the deliveries being handled and no
     * marker written, and lets another journal open the directory.
     */
    void halt() throws IOException {
        halted = true;
        closed = true;
        reads.release();
        writer.close();
        lock.channel().close();
    }

    private static void sleep(long ms) {
        try {
            TimeUnit.MILLISECONDS.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
