package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.privacy.FieldCipher;
import io.atende.testsupport.TestKeys;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDeliveryJournalTest extends DeliveryJournalContract {

    private static final long SEGMENT = 16L * 1024 * 1024;

    @TempDir
    Path dir;

    private final FieldCipher cipher = TestKeys.cipher();
    /** How long each sync took, as the journal told it. */
    private final java.util.Queue<Long> syncs = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @Override
    protected DeliveryJournal open(DeliveryJournal.Handler handler) {
        return open(handler, SEGMENT, Long.MAX_VALUE);
    }

    private FileDeliveryJournal open(DeliveryJournal.Handler handler, long segment, long maxBacklog) {
        return new FileDeliveryJournal(dir.resolve("whatsapp"), handler, CommitDurability.ON_COMMIT, cipher, segment,
                maxBacklog, Duration.ZERO, syncs::add);
    }

    @Test
    void shouldTellHowLongEachSyncTookThatAcknowledgementsWaitedFor() {
        try (FileDeliveryJournal journal = open(d -> { }, SEGMENT, Long.MAX_VALUE)) {
            for (int i = 0; i < 5; i++) {
                journal.append(bytes("delivery " + i));
                // one at a time: each append returned only after a sync of its own
                assertThat(syncs).hasSize(i + 1);
            }
        }
        assertThat(syncs).allSatisfy(nanos -> assertThat(nanos).isPositive());
    }

    private static String text(byte[] d) {
        return new String(d, StandardCharsets.UTF_8);
    }

    @Test
    void shouldHandleAfterARestartWhatWasAcknowledgedButNotYetHandled() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        FileDeliveryJournal crashed = open(d -> awaitQuietly(never), SEGMENT, Long.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            crashed.append(bytes("delivery " + i));
        }
        // the process dies here: nothing was handled, the marker never moved
        crashed.halt();
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        try (FileDeliveryJournal restarted = open(d -> handled.add(text(d)), SEGMENT, Long.MAX_VALUE)) {
            assertThat(restarted.awaitHandled(Duration.ofSeconds(10))).isTrue();
            assertThat(handled).containsExactly("delivery 0", "delivery 1", "delivery 2");
        } finally {
            never.countDown();
        }
    }

    @Test
    void shouldNotHandleAgainWhatWasHandledBeforeAnOrderlyRestart() throws Exception {
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        try (FileDeliveryJournal first = open(d -> handled.add(text(d)), SEGMENT, Long.MAX_VALUE)) {
            first.append(bytes("one"));
            first.append(bytes("two"));
            assertThat(first.awaitHandled(Duration.ofSeconds(10))).isTrue();
        }
        try (FileDeliveryJournal second = open(d -> handled.add(text(d)), SEGMENT, Long.MAX_VALUE)) {
            second.append(bytes("three"));
            assertThat(second.awaitHandled(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(handled).containsExactly("one", "two", "three");
    }

    @Test
    void shouldDropARecordCutShortByACrashAndKeepWritingAfterTheLastWholeOne() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        FileDeliveryJournal crashed = open(d -> awaitQuietly(never), SEGMENT, Long.MAX_VALUE);
        crashed.append(bytes("whole 1"));
        crashed.append(bytes("whole 2"));
        long end = lastSegmentEnd(crashed);
        crashed.halt();
        // a write the crash cut off: a header promising 5,000 bytes, 3,000 of them on disk
        try (FileChannel out = FileChannel.open(onlySegment(), StandardOpenOption.WRITE)) {
            byte[] partial = new byte[3_000];
            java.util.Arrays.fill(partial, (byte) 'x');
            out.write(ByteBuffer.allocate(8 + partial.length).putInt(5_000).putInt(12345).put(partial).flip(), end);
        }
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        try (FileDeliveryJournal restarted = open(d -> handled.add(text(d)), SEGMENT, Long.MAX_VALUE)) {
            restarted.append(bytes("after the crash"));
            assertThat(restarted.awaitHandled(Duration.ofSeconds(10))).isTrue();
        } finally {
            never.countDown();
        }
        assertThat(handled).containsExactly("whole 1", "whole 2", "after the crash");
        // and again: nothing of the torn write reads as a record later
        List<String> again = Collections.synchronizedList(new ArrayList<>());
        try (FileDeliveryJournal third = open(d -> again.add(text(d)), SEGMENT, Long.MAX_VALUE)) {
            third.append(bytes("later"));
            assertThat(third.awaitHandled(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(again).containsExactly("later");
    }

    @Test
    void shouldSetAsideADeliveryThatKeepsFailingAndHandleTheOnesBehindIt() throws Exception {
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        try (FileDeliveryJournal journal = open(d -> {
            if (text(d).equals("poison")) {
                throw new IllegalStateException("a bug in the handler");
            }
            handled.add(text(d));
        }, SEGMENT, Long.MAX_VALUE)) {
            journal.append(bytes("before"));
            journal.append(bytes("poison"));
            journal.append(bytes("behind"));
            assertThat(journal.awaitHandled(Duration.ofSeconds(20))).isTrue();
        }
        assertThat(handled.stream().distinct()).containsExactly("before", "behind");
        try (Stream<Path> aside = Files.list(dir.resolve("whatsapp/quarantine"))) {
            assertThat(aside.toList()).as("kept, sealed, for an operator").hasSize(1);
        }
    }

    @Test
    void shouldKeepRetryingWhileTheDatabaseIsAwayAndSetNothingAside() throws Exception {
        java.util.concurrent.atomic.AtomicInteger away = new java.util.concurrent.atomic.AtomicInteger(
                FileDeliveryJournal.MAX_ATTEMPTS + 1);
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        try (FileDeliveryJournal journal = open(d -> {
            if (away.getAndDecrement() > 0) {
                throw new org.springframework.dao.DataAccessResourceFailureException("connection refused");
            }
            handled.add(text(d));
        }, SEGMENT, Long.MAX_VALUE)) {
            journal.append(bytes("waits for the database"));
            assertThat(journal.awaitHandled(Duration.ofSeconds(30))).isTrue();
        }
        assertThat(handled).containsExactly("waits for the database");
        assertThat(dir.resolve("whatsapp/quarantine")).doesNotExist();
    }

    @Test
    void shouldKeepNoCustomerTextInClearOnDisk() throws Exception {
        // held until read back, so that the record is still on disk when the file is read
        CountDownLatch never = new CountDownLatch(1);
        try (FileDeliveryJournal journal = open(d -> awaitQuietly(never), SEGMENT, Long.MAX_VALUE)) {
            journal.append(bytes("{\"text\":{\"body\":\"meu CPF é 123.456.789-09\"}}"));
            String onDisk = new String(Files.readAllBytes(onlySegment()), StandardCharsets.ISO_8859_1);
            assertThat(onDisk).doesNotContain("CPF").doesNotContain("123.456.789-09").doesNotContain("body");
            // nor merely encoded
            String encoded = java.util.Base64.getEncoder().encodeToString(
                    bytes("{\"text\":{\"body\":\"meu CPF é 123.456.789-09\"}}"));
            assertThat(onDisk).doesNotContain(encoded.substring(0, 24));
            never.countDown();
        }
    }

    @Test
    void shouldRefuseDeliveriesWhileTooManyWaitAndKeepNoneOfTheRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        try (FileDeliveryJournal journal = open(d -> {
            awaitQuietly(release);
            handled.add(text(d));
        }, SEGMENT, 2_000)) {
            int kept = 0;
            for (; kept < 100; kept++) {
                try {
                    journal.append(bytes("delivery " + kept + " " + "x".repeat(200)));
                } catch (DeliveryJournal.JournalFullException e) {
                    assertThat(e.getMessage()).contains("try again later");
                    break;
                }
            }
            assertThat(kept).as("some are kept, then the journal is full").isBetween(1, 99);
            assertThatThrownBy(() -> journal.append(bytes("refused"))).isInstanceOf(DeliveryJournal.JournalFullException.class);
            release.countDown();
            assertThat(journal.awaitHandled(Duration.ofSeconds(10))).isTrue();
            assertThat(handled).hasSize(kept).noneMatch(s -> s.equals("refused"));
            journal.append(bytes("once there is room again"));
            assertThat(journal.awaitHandled(Duration.ofSeconds(10))).isTrue();
            assertThat(handled).last().isEqualTo("once there is room again");
        }
    }

    @Test
    void shouldMoveOnToNewSegmentsAndDeleteTheHandledOnes() throws Exception {
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        // segments just over one record's limit: a new one every few hundred kilobytes
        long segment = JournalSegments.MAX_RECORD + 256 * 1024;
        try (FileDeliveryJournal journal = open(d -> handled.add(text(d)), segment, Long.MAX_VALUE)) {
            for (int i = 0; i < 200; i++) {
                journal.append(bytes(i + ":" + "y".repeat(5_000)));
            }
            assertThat(journal.awaitHandled(Duration.ofSeconds(20))).isTrue();
            assertThat(handled).hasSize(200);
            assertThat(handled.get(199)).startsWith("199:");
            // the one written to now and the one prepared ahead
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> segments().size() <= 2);
        }
    }

    @Test
    void shouldWriteAPageOrTwoToDiskPerSyncedDelivery() throws Exception {
        Path io = Path.of("/proc/self/io");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(io), "needs Linux's /proc/self/io to count disk writes");
        try (FileDeliveryJournal journal = open(d -> { }, SEGMENT, Long.MAX_VALUE)) {
            // the segment prepared ahead is 16 MB of zeros written once: not what is measured here
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> segments().size() == 2);
            long before = diskWrites(io);
            for (int i = 0; i < 300; i++) {
                journal.append(bytes(i + ":" + "z".repeat(1_000))); // returns once synced: one sync each
            }
            assertThat(journal.awaitHandled(Duration.ofSeconds(20))).isTrue();
            long written = diskWrites(io) - before;
            // on tmpfs nothing reaches a disk and nothing is counted: then this says nothing
            org.junit.jupiter.api.Assumptions.assumeTrue(written > 0, "the temporary folder writes to no disk (tmpfs?)");
            // with the zeros written a megabyte at a time, each sync wrote a megabyte here: 300 MB (Linux 6.x ext4,
            // which caches a file in pieces as large as its writes; on other file systems both ways write pages)
            assertThat(written).isLessThan(300L * 32 * 1024);
        }
    }

    private static long diskWrites(Path io) throws IOException {
        return Files.readAllLines(io).stream().filter(l -> l.startsWith("write_bytes:"))
                .mapToLong(l -> Long.parseLong(l.substring("write_bytes:".length()).trim())).sum();
    }

    @Test
    void shouldLeaveTheJournalToTheProcessThatHasItOpen() {
        try (FileDeliveryJournal first = open(d -> { }, SEGMENT, Long.MAX_VALUE)) {
            assertThatThrownBy(() -> open(d -> { }, SEGMENT, Long.MAX_VALUE))
                    .isInstanceOf(FileDeliveryJournal.LockedException.class);
        }
    }

    private long lastSegmentEnd(FileDeliveryJournal journal) throws IOException {
        try (FileChannel in = FileChannel.open(onlySegment(), StandardOpenOption.READ)) {
            long number = Long.parseLong(onlySegment().getFileName().toString().replace(".journal", ""));
            return JournalSegments.validEnd(in, new JournalSegments.Position(number, 0)).offset();
        }
    }

    private Path onlySegment() throws IOException {
        List<Path> all = segments();
        return all.getFirst();
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("whatsapp"))) {
            return files.filter(p -> p.toString().endsWith(".journal")).sorted().toList();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
