package io.atende.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Peak resident memory and CPU time from {@code /proc/<pid>/status} (Linux); empty elsewhere. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** VmHWM of this JVM in MB: the high-water mark of its resident set since it started. */
    static OptionalLong peakRssMb() {
        return peakRssMb("self");
    }

    /** VmHWM of another process (for a child process or the database server), in MB. */
    static OptionalLong peakRssMb(String pid) {
        return field(pid, "VmHWM:");
    }

    static OptionalLong rssMb(String pid) {
        return field(pid, "VmRSS:");
    }

    private static OptionalLong field(String pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith(name)) {
                    long kb = Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                    return OptionalLong.of(Math.round(kb / 1024.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: memory is then simply not reported
        }
        return OptionalLong.empty();
    }

    /** CPU time used by this JVM so far, all threads; -1 when the platform does not say. */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** The 1-minute load average, or -1 when unknown: the context every figure needs on a shared machine. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
