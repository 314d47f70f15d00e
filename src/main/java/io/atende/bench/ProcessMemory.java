package io.atende.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Peak resident memory, disk writes and CPU time from {@code /proc/<pid>} (Linux); empty elsewhere. */
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

    /**
     * Bytes a process has had written to the disk so far ({@code write_bytes} of {@code /proc/<pid>/io}): what
     * reached the device, not what it handed to the page cache, so it is counted when the pages are written back.
     */
    static OptionalLong diskWrittenBytes(String pid) {
        return field(pid, "io", "write_bytes:", 1);
    }

    private static OptionalLong field(String pid, String name) {
        return field(pid, "status", name, 1024);
    }

    /** A number after {@code name} in {@code /proc/<pid>/<file>}, divided by {@code unit} and rounded. */
    private static OptionalLong field(String pid, String file, String name, long unit) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, file))) {
                if (line.startsWith(name)) {
                    long value = Long.parseLong(line.substring(name.length()).replace("kB", "").strip());
                    return OptionalLong.of(Math.round(value / (double) unit));
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
