package io.atende.conversation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The files of a {@link FileDeliveryJournal}: numbered segments of records ({@code int} length, {@code int} CRC-32C,
 * payload) and a marker naming the position up to which records were handled. A record cut short by a crash fails
 * its length or checksum and ends its segment: it was never acknowledged, since its append had not returned.
 */
final class JournalSegments {

    static final int HEADER = 8;
    static final int MAX_RECORD = 1024 * 1024;
    /** The page size the kernel caches files in (4 KiB on the machines this runs on). */
    private static final int PAGE = 4096;
    private static final String SUFFIX = ".journal";
    private static final String MARKER = "handled";

    /** A place in the journal: a segment's number and a byte offset in it. */
    record Position(long segment, long offset) implements Comparable<Position> {
        @Override
        public int compareTo(Position o) {
            int bySegment = Long.compare(segment, o.segment);
            return bySegment != 0 ? bySegment : Long.compare(offset, o.offset);
        }
    }

    /** One record read back, and where the next one starts. */
    record Entry(byte[] payload, Position next) {
    }

    private final Path dir;

    JournalSegments(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    Path segment(long number) {
        return dir.resolve(String.format("%019d%s", number, SUFFIX));
    }

    /**
     * Takes the journal for this process: another process writing the same segments would interleave records.
     * Null when another process (or another application context in this JVM) holds it.
     */
    java.nio.channels.FileLock lock() throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            channel.close();
            return null;
        }
    }

    /** Segment numbers on disk, oldest first. */
    List<Long> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> Long.parseLong(n.substring(0, n.length() - SUFFIX.length()))).sorted().toList();
        }
    }

    /** The handled position, or null when there is none (a new journal, or a marker a crash left unreadable). */
    Position handled() {
        try {
            String[] parts = Files.readString(dir.resolve(MARKER)).strip().split(" ");
            return new Position(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void markHandled(Position position, boolean sync) throws IOException {
        Path tmp = dir.resolve(MARKER + ".tmp");
        write(tmp, (position.segment() + " " + position.offset()).getBytes(), sync);
        Files.move(tmp, dir.resolve(MARKER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (sync) {
            syncDirectory();
        }
    }

    /** Deletes the segments before {@code segment}: every record in them was handled. */
    void deleteBefore(long segment) throws IOException {
        for (long s : list()) {
            if (s < segment) {
                Files.deleteIfExists(segment(s));
            }
        }
    }

    private static void write(Path file, byte[] content, boolean sync) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                out.write(buf);
            }
            if (sync) {
                out.force(true);
            }
        }
    }

    /**
     * Creates segment {@code number} as {@code bytes} of zeros, on disk. Appending to a file of fixed, written
     * blocks lets {@code fdatasync} write the data alone; extending a file makes each one commit the file system's
     * journal, which waits for whatever else is being written (H2's checkpoints): 30-300 ms instead of 0.2.
     * Zeros read as "no record here".
     */
    void preallocate(long number, long bytes) throws IOException {
        Path target = segment(number);
        if (Files.exists(target)) {
            return;
        }
        Path tmp = dir.resolve(number + ".tmp");
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            zeros(out, 0, bytes);
            out.force(true);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
    }

    /** Zeros over what a crash may have left after the last whole record, so that nothing there reads as one. */
    static void clearAfter(FileChannel out, long offset) throws IOException {
        clear(out, offset, MAX_RECORD + HEADER);
    }

    /** Zeros over up to {@code length} bytes from {@code offset} (not past the file's end), on disk. */
    static void clear(FileChannel out, long offset, long length) throws IOException {
        zeros(out, offset, Math.min(out.size(), offset + length));
        out.force(false);
    }

    /**
     * Writes zeros from {@code from} to {@code to}, page by page: the kernel caches a file in pieces as large as the writes that filled it (ext4 on Linux
     * 6.x), and writes a whole piece back once any byte of it changes, so zeros written a megabyte at a time made
     * every 1 KB record's sync write a megabyte (1 GB of disk writes per 1,000 deliveries, and syncs queued behind
     * them). Written a page at a time, a record's sync writes a page or two.
     */
    private static void zeros(FileChannel out, long from, long to) throws IOException {
        ByteBuffer zeros = ByteBuffer.allocate(PAGE);
        for (long at = from; at < to; ) {
            // the first write ends on a page boundary, the rest are whole pages
            zeros.clear().limit((int) Math.min(PAGE - at % PAGE, to - at));
            at += out.write(zeros, at);
        }
    }

    /** Writes a record that could not be handled to {@code quarantine/<segment>-<offset>.sealed}, on disk. */
    Path quarantine(Position at, byte[] payload) throws IOException {
        Path aside = Files.createDirectories(dir.resolve("quarantine"));
        Path file = aside.resolve(at.segment() + "-" + at.offset() + ".sealed");
        write(file, payload, true);
        return file;
    }

    /** Makes created, renamed and deleted files survive a crash. */
    void syncDirectory() throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    static ByteBuffer encode(byte[] payload) {
        ByteBuffer buf = ByteBuffer.allocate(HEADER + payload.length);
        buf.putInt(payload.length).putInt(checksum(payload)).put(payload).flip();
        return buf;
    }

    /** The record at {@code at}, or null when none is whole there (end of the segment, or a torn write). */
    static Entry read(FileChannel in, Position at) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        if (readFully(in, header, at.offset()) < HEADER) {
            return null;
        }
        int length = header.getInt(0);
        int crc = header.getInt(4);
        if (length <= 0 || length > MAX_RECORD) {
            return null;
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        if (readFully(in, payload, at.offset() + HEADER) < length || checksum(payload.array()) != crc) {
            return null;
        }
        return new Entry(payload.array(), new Position(at.segment(), at.offset() + HEADER + length));
    }

    /** Where the whole records of a segment end, reading from {@code from}. */
    static Position validEnd(FileChannel in, Position from) throws IOException {
        Position at = from;
        for (Entry e; (e = read(in, at)) != null; at = e.next()) {
            // only the end matters
        }
        return at;
    }

    private static int readFully(FileChannel in, ByteBuffer buf, long position) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = in.read(buf, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static int checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }
}
