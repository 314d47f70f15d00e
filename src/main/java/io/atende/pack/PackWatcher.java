package io.atende.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Live reload. Polls the pack's files and, once they changed and then stayed quiet for a while (an editor's
 * save or a {@code git pull} is a burst of writes), loads and validates the whole pack again. A valid pack
 * replaces the one in force and listeners get the {@link PackChange}; an invalid one is logged with its
 * problems and the previous pack keeps serving. Only files of the kinds a pack is written in count. Polling
 * (size, modification time, and a checksum of files modified in the last seconds, whose time stamps cannot be
 * trusted alone) also works on mounted volumes where file-system events do not arrive.
 */
final class PackWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PackWatcher.class);
    /** Files modified this recently are compared by content too: two writes can share a time stamp. */
    private static final long RECENT_MS = 2000;
    private static final int DEPTH = 3;
    private static final List<String> PACK_FILES = List.of(".yaml", ".yml", ".csv", ".jsonl", ".json", ".md", ".txt",
            ".html", ".htm");

    private record Stamp(long size, long modifiedMs, long checksum) {
    }

    private final PackHolder holder;
    private final Path dir;
    private final long quietMs;
    private final long pollMs;
    private final Clock clock;
    private Map<Path, Stamp> seen;
    private long changedAt;
    private boolean pending;
    private ScheduledExecutorService timer;

    PackWatcher(PackHolder holder, Duration quiet, Duration poll, Clock clock) {
        this.holder = holder;
        this.dir = holder.current().directory();
        this.quietMs = quiet.toMillis();
        this.pollMs = poll.toMillis();
        this.clock = clock;
        this.seen = snapshot(Map.of());
    }

    @Override
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("atende-pack-watcher").factory());
            timer.scheduleWithFixedDelay(this::pollSafely, pollMs, pollMs, TimeUnit.MILLISECONDS);
            log.info("watching the pack in {} for changes", dir);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** One look at the files: notes a change, or reloads once the last change is {@code quiet} old. */
    synchronized void poll() {
        Map<Path, Stamp> now = snapshot(seen);
        long at = clock.millis();
        if (!now.equals(seen)) {
            seen = now;
            changedAt = at;
            pending = true;
        } else if (pending && at - changedAt >= quietMs) {
            pending = false;
            reload();
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.error("watching the pack failed; trying again", e);
        }
    }

    private void reload() {
        Pack next;
        try {
            next = PackLoader.load(dir);
        } catch (InvalidPackException e) {
            log.warn("the edited pack is invalid; still serving the previous one. {}", e.getMessage());
            holder.reject(e.problems());
            return;
        } catch (UncheckedIOException e) {
            log.warn("the edited pack cannot be read; still serving the previous one: {}", e.getMessage());
            holder.reject(List.of(new PackProblem(dir.toString(), 0, "cannot read: " + e.getMessage())));
            return;
        }
        PackChange change = holder.replace(next);
        log.info("pack reloaded: {}", change.summary());
        next.warnings().forEach(w -> log.warn("pack warning: {}", w));
    }

    private Map<Path, Stamp> snapshot(Map<Path, Stamp> before) {
        Map<Path, Stamp> out = new HashMap<>();
        long recent = clock.millis() - RECENT_MS;
        try (Stream<Path> files = Files.walk(dir, DEPTH)) {
            for (Path file : files.filter(f -> watched(dir.relativize(f))).toList()) {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    if (!a.isRegularFile()) {
                        continue;
                    }
                    long modified = a.lastModifiedTime().toMillis();
                    Stamp old = before.get(file);
                    boolean same = old != null && old.size() == a.size() && old.modifiedMs() == modified && modified < recent;
                    out.put(file, same ? old : new Stamp(a.size(), modified, checksum(file)));
                } catch (NoSuchFileException e) {
                    // deleted while we looked: the next poll sees it gone
                }
            }
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot list the pack's files: {}", e.getMessage());
            return before;
        }
        return out;
    }

    /**
     * Files of the kinds a pack is written in; not hidden folders ({@code .git}), editors' swap, backup and
     * lock files, nor a database or logs someone keeps beside the pack.
     */
    private static boolean watched(Path relative) {
        String file = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        if (PACK_FILES.stream().noneMatch(file::endsWith)) {
            return false;
        }
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp")
                    || name.endsWith(".tmp")) {
                return false;
            }
        }
        return true;
    }

    private static long checksum(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
