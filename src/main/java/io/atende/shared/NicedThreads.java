package io.atende.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Platform threads that run at a lower operating-system priority (a higher nice value) than the rest of the
 * process. Work that can wait — turns — runs on them so that, when both want the CPU, the kernel gives it to the
 * threads that cannot wait: those acknowledging a webhook, whose sender retries and duplicates when the answer
 * is late. Java's own thread priorities do nothing on Linux (the JVM ignores them unless run as root with
 * {@code -XX:ThreadPriorityPolicy=1}); the kernel does accept a nice value per thread, and raising one's own needs
 * no privilege. Each thread sets its own once, when it starts, through {@code renice} on its thread id. Where
 * that is not possible (not Linux, no {@code renice}) the threads run at normal priority and a line says so once.
 */
public final class NicedThreads {

    private static final Logger log = LoggerFactory.getLogger(NicedThreads.class);
    private static final AtomicBoolean warned = new AtomicBoolean();

    private NicedThreads() {
    }

    /**
     * A factory of daemon platform threads named {@code prefix0, prefix1, ...} that run at {@code nice} (0 leaves
     * them at normal priority; 1..19 lower it).
     */
    public static ThreadFactory factory(String prefix, int nice) {
        if (nice < 0 || nice > 19) {
            throw new IllegalArgumentException("nice must be within 0..19, was " + nice);
        }
        ThreadFactory platform = Thread.ofPlatform().name(prefix, 0).daemon().factory();
        if (nice == 0) {
            return platform;
        }
        return task -> platform.newThread(() -> {
            lowerCurrentThread(nice);
            task.run();
        });
    }

    /** Sets the calling thread's nice value; true when the kernel took it. */
    static boolean lowerCurrentThread(int nice) {
        OptionalInt tid = currentThreadId();
        if (tid.isEmpty()) {
            return unavailable("this system has no /proc/thread-self");
        }
        try {
            ProcessBuilder command = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p",
                    Integer.toString(tid.getAsInt())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            // util-linux reads -n as an increment instead of the priority itself under POSIXLY_CORRECT
            command.environment().remove("POSIXLY_CORRECT");
            Process renice = command.start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroyForcibly();
                return unavailable("renice did not finish");
            }
            return renice.exitValue() == 0 || unavailable("renice exited with " + renice.exitValue());
        } catch (IOException e) {
            return unavailable("renice could not run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The kernel's id of the calling thread, read from {@code /proc/thread-self} ({@code <pid>/task/<tid>}). */
    static OptionalInt currentThreadId() {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return OptionalInt.of(Integer.parseInt(self.getFileName().toString()));
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The nice value the kernel reports for thread {@code tid} of this process, if it can be read. */
    static OptionalInt niceOf(int tid) {
        try {
            String stat = Files.readString(Path.of("/proc/self/task/" + tid + "/stat"));
            // fields after the command name, which is in parentheses and may hold spaces: nice is field 19
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalInt.of(Integer.parseInt(fields[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static boolean unavailable(String why) {
        if (warned.compareAndSet(false, true)) {
            log.info("turns run at normal priority: {}; under overload they compete with acknowledgements for the CPU",
                    why);
        }
        return false;
    }
}
