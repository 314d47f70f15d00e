package io.atende.shared;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how late a platform thread wakes up: one thread sleeps {@value #PERIOD_MILLIS} ms again and again and
 * keeps the worst lateness since it was last asked. A waking request thread waits for a core the same way, so this
 * is what an incoming message would wait before it is even read — the signal an adaptive {@link CpuGate} follows.
 * A sleep a collection fell into is not counted: a pause stops every thread, however few turns run. Costs 200
 * wake-ups a second.
 */
public final class SchedulingLag implements AutoCloseable {

    static final long PERIOD_MILLIS = 5;
    private static final long PERIOD_NANOS = PERIOD_MILLIS * 1_000_000L;

    private final AtomicLong worst = new AtomicLong();
    private final Thread probe;
    private volatile boolean closed;

    public SchedulingLag() {
        probe = Thread.ofPlatform().name("atende-cpu-probe").daemon().start(this::loop);
    }

    private void loop() {
        while (!closed) {
            long collections = collections();
            long before = System.nanoTime();
            LockSupport.parkNanos(PERIOD_NANOS);
            long late = System.nanoTime() - before - PERIOD_NANOS;
            // a collector pause stops every thread whatever the turns do: not a sign of cores taken by turns
            if (collections() == collections) {
                worst.accumulateAndGet(late, Math::max);
            }
        }
    }

    private static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** The worst lateness since the previous call, in nanoseconds; starts a new window. */
    public long takeWorstNanos() {
        return worst.getAndSet(0);
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(probe);
    }
}
