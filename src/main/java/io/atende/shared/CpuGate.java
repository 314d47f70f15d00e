package io.atende.shared;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Keeps turns from crowding the cores. Two limits, each optional.
 *
 * <p>The <em>cap</em> lets at most {@code computing} turns compute at once, always: on two cores, 64 runnable turn
 * threads (even at a lower priority) left a request thread a fifth of a core right after each collection, while a
 * cap of 8 kept the same turns flowing, cut the acknowledgement p99 by about a third and its maximum by half
 * (docs/benchmarks.md, "Session 14").
 *
 * <p>The <em>overload</em> limit applies only when more turns are due than can run. Under overload, busy turns
 * would take the cores' time from incoming requests, and a webhook's acknowledgement would wait behind them
 * (seconds, when both ran on the same virtual-thread carriers). While the gate is {@linkplain #limit limited}, work
 * run through {@link #run} holds one of {@code slots} permits (one less than the cores), so a core stays free for
 * accepting messages; and each permit computes only {@code percent} of the time (after a turn that computed for
 * 6 ms at 50 %, its permit rests 6 ms), because on a small machine the free core is not enough: the requests also
 * need the database's flush threads and the collector. An {@linkplain #adaptive adaptive} gate moves that share
 * with how late threads wake ({@link SchedulingLag}), so it limits only as much as the requests need. The backlog
 * is worked off more slowly, and nothing accepted waits to be stored (docs/benchmarks.md, {@code bench whatsapp}).
 *
 * <p>A turn that waits on the network (a store API, a model, a download) or on the disk gives its permits back for
 * the wait: {@link #whileWaiting} around the blocking call. So both limits are on cores, not on turns in flight.
 * Each turn takes and gives back a permit of the cap (a fair semaphore); the overload limit, while it does not
 * limit, costs a volatile read.
 */
public final class CpuGate {

    /** The permit the current thread holds, if any. */
    private static final ThreadLocal<Hold> HELD = new ThreadLocal<>();

    /** Lateness of a waking thread above which requests are taken to be waiting for a core. */
    static final long LATE_NANOS = 10_000_000L;
    /** Lateness under which the cores are taken to have room again. */
    static final long ON_TIME_NANOS = 3_000_000L;
    private static final int STEP = 10;

    private final int slots;
    /** The least share an adaptive gate goes down to; a fixed gate's share. */
    private final int floor;
    private final boolean adaptive;
    private final boolean enabled;
    private final Semaphore permits;
    /** The cap on turns computing at once; null: no cap. */
    private final Semaphore cap;
    private final int computing;
    private volatile int percent;
    private volatile boolean overload;
    private volatile boolean limited;

    /** A gate of {@code slots} permits, each computing {@code percent} of the time, while limited. */
    public CpuGate(int slots, int percent) {
        this(slots, percent, false, true, 0);
    }

    private CpuGate(int slots, int percent, boolean adaptive, boolean enabled, int computing) {
        if (slots < 1 || percent < 1 || percent > 100 || computing < 0) {
            throw new IllegalArgumentException(
                    "a CPU gate needs at least one slot, a share of 1 to 100 % and a cap of 0 or more");
        }
        this.cap = computing == 0 ? null : new Semaphore(computing, true);
        this.computing = computing;
        this.slots = slots;
        this.floor = percent;
        this.percent = adaptive ? 100 : percent;
        this.adaptive = adaptive;
        this.enabled = enabled;
        this.permits = new Semaphore(slots, true);
    }

    /** One slot fewer than the machine's cores (at least one), each computing {@code percent} of the time. */
    public static CpuGate forThisMachine(int percent) {
        return new CpuGate(cores() - 1, percent);
    }

    /**
     * A gate whose share follows {@link #adapt}: halved (down to {@code floor} percent) while threads wake late —
     * requests wait for a core — and raised again by 10 points while they wake on time; at 100 % it does not limit.
     */
    public static CpuGate adaptive(int slots, int floor) {
        return new CpuGate(slots, floor, true, true, 0);
    }

    /**
     * {@link #adaptive} with one slot fewer than the machine's cores, and at most {@code computing} at once (0: no
     * cap).
     */
    public static CpuGate adaptiveForThisMachine(int floor, int computing) {
        return new CpuGate(cores() - 1, floor, true, true, computing);
    }

    /** A gate that only caps: at most {@code computing} (at least 1) at once, overload or not. */
    public static CpuGate capped(int computing) {
        if (computing < 1) {
            throw new IllegalArgumentException("a cap lets at least one through");
        }
        return new CpuGate(1, 100, false, false, computing);
    }

    private static int cores() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** Turns the limit on (overload) or off. Work already past the gate finishes as it is. */
    public void limit(boolean on) {
        overload = on;
        update();
    }

    /**
     * Tells an adaptive gate how late a thread woke up at worst lately (a {@link SchedulingLag} window): late means
     * the cores are short, so turns get a smaller share; on time, a larger one. A fixed gate ignores it.
     */
    public void adapt(long worstLatenessNanos) {
        if (!adaptive) {
            return;
        }
        if (worstLatenessNanos > LATE_NANOS) {
            percent = Math.max(floor, percent / 2);
        } else if (worstLatenessNanos < ON_TIME_NANOS) {
            percent = Math.min(100, percent + STEP);
        }
        update();
    }

    /** Whether {@link #adapt} moves the share. */
    public boolean adaptive() {
        return adaptive && enabled;
    }

    /** The share of time each permit computes while limited. */
    public int percent() {
        return percent;
    }

    private void update() {
        limited = overload && enabled && (!adaptive || percent < 100);
    }

    public boolean limited() {
        return limited;
    }

    public int slots() {
        return slots;
    }

    /** How many may compute at once, overload or not (0: no cap). */
    public int computing() {
        return computing;
    }

    /** Runs CPU-heavy work, holding a permit of the cap (if any), and one of the overload limit while it limits. */
    public <T> T run(Supplier<T> work) {
        boolean outermost = HELD.get() == null;
        enter();
        try {
            return work.get();
        } finally {
            // a permit given back for a wait may not have been taken again (the limit went off meanwhile)
            Hold hold = HELD.get();
            if (outermost && hold != null && hold.gate == this) {
                leave(hold);
            }
        }
    }

    /**
     * Runs a blocking wait (network, disk) of the current thread without its permit, if it holds one: other
     * work uses the core meanwhile. Anywhere else it simply runs {@code io}.
     */
    public static <T> T whileWaiting(Supplier<T> io) {
        Hold hold = HELD.get();
        if (hold == null) {
            return io.get();
        }
        hold.gate.leave(hold);
        try {
            return io.get();
        } finally {
            hold.gate.enterAgain();
        }
    }

    /** {@link #whileWaiting(Supplier)} for a wait with no result. */
    public static void whileWaiting(Runnable io) {
        whileWaiting(() -> {
            io.run();
            return null;
        });
    }

    /** The permits the current thread holds (of the cap, of the overload limit), since when. */
    private record Hold(CpuGate gate, long since, boolean capped, boolean overload) {
    }

    private void enter() {
        if (HELD.get() == null) {
            enterAgain();
        }
    }

    /**
     * Takes a permit of the cap, then one of the overload limit if it limits now (otherwise carries on without one).
     * Always in that order, and given back in the reverse, so two threads never wait on each other's.
     */
    private void enterAgain() {
        boolean capped = cap != null;
        if (capped) {
            cap.acquireUninterruptibly();
        }
        boolean overload = limited;
        if (overload) {
            permits.acquireUninterruptibly();
        }
        if (capped || overload) {
            HELD.set(new Hold(this, System.nanoTime(), capped, overload));
        }
    }

    /**
     * Gives the permit back, after keeping it idle for its share: computing for {@code t} at {@code percent}, it
     * rests {@code t * (100 - percent) / percent}. Waits (network, disk) are not computing and earn no rest.
     */
    private void leave(Hold hold) {
        HELD.remove();
        if (hold.overload()) {
            int share = percent;
            if (share < 100 && limited) {
                long used = System.nanoTime() - hold.since();
                java.util.concurrent.locks.LockSupport.parkNanos(used * (100 - share) / share);
            }
            permits.release();
        }
        if (hold.capped()) {
            cap.release();
        }
    }

    /** Permits of the overload limit free now; for tests and metrics. */
    int available() {
        return permits.availablePermits();
    }

    /** Permits of the cap free now (-1: no cap); for tests and metrics. */
    int uncapped() {
        return cap == null ? -1 : cap.availablePermits();
    }
}
