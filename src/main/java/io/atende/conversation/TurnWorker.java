package io.atende.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import io.atende.shared.ConversationId;
import io.atende.shared.CpuGate;
import io.atende.shared.NicedThreads;
import io.atende.shared.SchedulingLag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due turns and runs them on a pool of platform threads of lower priority. It wakes at the exact due time of turns
 * accepted here, and polls the database for the rest (other instances, recovery after a crash).
 */
final class TurnWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TurnWorker.class);
    /** How recently a message must have arrived for overload to keep a core for accepting. */
    private static final long ARRIVALS_WINDOW_NANOS = 1_000_000_000L;
    /**
     * How long overload lasts after the workers were last found saturated. Turns fall due in waves (the burst
     * window), so "all workers busy" comes and goes many times a second under a steady overload; without this
     * the limit flapped and turns took the cores back between the waves.
     */
    private static final long OVERLOAD_HOLD_NANOS = 2_000_000_000L;
    /** How often an adaptive CPU gate is told how late threads woke. */
    private static final long ADAPT_MILLIS = 250;
    private final TurnQueue queue;
    private final TurnProcessor processor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lease;
    private final Duration poll;
    private final Duration failureBackoff;
    private final int workers;
    private final PipelineMetrics metrics;
    private final Semaphore permits;
    /** Limits the cores turns take while more are due than can run, so that accepting messages never stalls. */
    private final CpuGate cpu;
    /** The nice value turn threads run at (0: the process's own priority). */
    private final int nice;
    private final Map<ConversationId, TurnQueue.Claim> running = new ConcurrentHashMap<>();
    /** Turns whose final transaction has begun: it clears their lease, so renewing it would report a false loss. */
    private final Set<TurnQueue.Claim> finishing = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean pollAgain = new AtomicBoolean();
    private ScheduledExecutorService timer;
    private ScheduledExecutorService renewer;
    private SchedulingLag lag;
    private ExecutorService turns;
    private volatile boolean started;
    private volatile boolean saturated;
    /** When a message was last stored here ({@link System#nanoTime()}); the CPU gate matters only while they come. */
    private volatile long lastArrival = System.nanoTime() - ARRIVALS_WINDOW_NANOS;
    /** When every worker was last found busy with more turns due. */
    private volatile long lastSaturated = System.nanoTime() - OVERLOAD_HOLD_NANOS;

    TurnWorker(TurnQueue queue, TurnProcessor processor, TransactionTemplate tx, Clock clock, Duration lease,
               Duration poll, Duration failureBackoff, int workers, PipelineMetrics metrics, CpuGate cpu, int nice) {
        this.queue = queue;
        this.processor = processor;
        this.tx = tx;
        this.clock = clock;
        this.lease = lease;
        this.poll = poll;
        this.failureBackoff = failureBackoff;
        this.workers = workers;
        this.metrics = metrics;
        this.permits = new Semaphore(workers);
        this.cpu = cpu;
        this.nice = nice;
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        // Leases left by a killed process are not released here: another live process may share the
        // database (./atende chat next to serve on H2), so they simply expire after lease-ms.
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("atende-turn-timer").daemon().factory());
        // platform threads at a lower priority: under overload the kernel gives the cores to acknowledgements first
        turns = Executors.newFixedThreadPool(workers, NicedThreads.factory("atende-turn-", nice));
        started = true;
        // renewal has its own thread: a poll blocked on the pool or a lock must not let leases lapse
        renewer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("atende-lease-renewal").daemon().factory());
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        if (cpu.adaptive()) {
            lag = new SchedulingLag();
            renewer.scheduleWithFixedDelay(() -> cpu.adapt(lag.takeWorstNanos()), ADAPT_MILLIS, ADAPT_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
        long renewEvery = Math.max(100, lease.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
    }

    /** Told for every new message stored here: wakes the worker at its turn's due time. */
    void messageArrived(Instant due) {
        lastArrival = System.nanoTime();
        wakeAt(due);
    }

    /** Wakes the worker at {@code due} (now, if it is past). */
    void wakeAt(Instant due) {
        if (!started || due == null) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
        try {
            timer.schedule(this::pollSafely, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopping
        }
    }

    private void pollSafely() {
        if (!polling.compareAndSet(false, true)) {
            pollAgain.set(true);
            return;
        }
        try {
            do {
                pollAgain.set(false);
                claimAndRun();
            } while (pollAgain.get() && started);
        } catch (RuntimeException e) {
            log.warn("polling for due turns failed: {}", e.toString());
        } finally {
            polling.set(false);
        }
    }

    private void claimAndRun() {
        int free = permits.availablePermits();
        if (free == 0 || !started) {
            overloaded(free == 0);
            return;
        }
        // claiming and reading in one transaction: the claims' row locks make the reads consistent, and on
        // H2 a commit is the costly part of a turn
        List<Claimed> batch = tx.execute(s -> queue.claimDue(clock.instant(), free, lease).stream()
                .map(this::read).toList());
        for (Claimed claimed : batch) {
            TurnQueue.Claim claim = claimed.claim();
            if (running.putIfAbsent(claim.conversationId(), claim) != null) {
                // our own earlier turn of this conversation lost its lease but is still running: let it
                // finish (its commit will be refused) and run the conversation again afterwards
                queue.postpone(claim, clock.instant().plus(poll));
                continue;
            }
            permits.acquireUninterruptibly();
            turns.execute(() -> runTurn(claimed));
        }
        if (batch.size() == free) {
            saturated = true;
            pollAgain.set(true);
        }
        // overload: every worker busy and still more due. Until a poll finds room again, turns keep a core free
        // for the requests that store new messages (they would otherwise share every core with the turns)
        overloaded(batch.size() == free);
    }

    /** A claim with its input, or with the reason its input could not be read (a key missing, say). */
    private record Claimed(TurnQueue.Claim claim, TurnProcessor.TurnInput input, RuntimeException failure) {
    }

    private Claimed read(TurnQueue.Claim claim) {
        try {
            return new Claimed(claim, processor.read(claim), null);
        } catch (org.springframework.dao.DataAccessException e) {
            throw e; // the transaction is lost: every claim of the batch is rolled back and polled again
        } catch (RuntimeException e) {
            return new Claimed(claim, null, e);
        }
    }

    private void runTurn(Claimed claimed) {
        TurnQueue.Claim claim = claimed.claim();
        try {
            if (claimed.failure() != null) {
                throw claimed.failure();
            }
            TurnProcessor.Outcome outcome = cpu.run(() -> processor.run(claim, claimed.input(), () -> finishing.add(claim)));
            if (outcome == TurnProcessor.Outcome.SUPERSEDED) {
                queue.nextDue().ifPresent(this::wakeAt);
            }
        } catch (RuntimeException e) {
            finishing.add(claim); // postponing clears the lease
            metrics.failed();
            log.error("turn of conversation {} failed; retrying in {} ms: {}", claim.conversationId(),
                    failureBackoff.toMillis(), e.toString());
            try {
                queue.postpone(claim, clock.instant().plus(failureBackoff));
            } catch (RuntimeException again) {
                log.warn("could not postpone the failed turn; its lease will expire: {}", again.toString());
            }
        } finally {
            running.remove(claim.conversationId(), claim);
            finishing.remove(claim);
            permits.release();
            if (saturated) {
                // due turns may have been left for lack of a free worker: look again now
                saturated = false;
                wakeAt(clock.instant());
            }
        }
    }

    private void overloaded(boolean saturated) {
        long at = System.nanoTime();
        if (saturated) {
            lastSaturated = at;
        }
        // a backlog with nothing arriving (a burst just ended, a restart) is worked off on every core
        boolean now = at - lastSaturated < OVERLOAD_HOLD_NANOS && at - lastArrival < ARRIVALS_WINDOW_NANOS;
        boolean before = cpu.limited();
        cpu.limit(now);
        // the gate decides whether it limits at all (off by default): report what it did, not what was asked
        if (cpu.limited() != before) {
            log.debug(now ? "more turns due than workers: turns now keep a core free for incoming messages"
                    : "turns caught up: they may use every core again");
        }
    }

    private void renewLeases() {
        Instant until = clock.instant().plus(lease);
        for (TurnQueue.Claim claim : running.values()) {
            if (finishing.contains(claim)) {
                continue;
            }
            try {
                if (!queue.renew(claim, until) && !finishing.contains(claim)) {
                    log.warn("conversation {} lost its lease; this turn's reply will be discarded and the turn run again",
                            claim.conversationId());
                }
            } catch (RuntimeException e) {
                log.warn("lease renewal failed for conversation {}: {}", claim.conversationId(), e.toString());
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        timer.shutdownNow();
        turns.shutdown();
        try {
            if (!turns.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("{} turn(s) still running at shutdown; they will run again after restart", running.size());
                turns.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // renewal ran until here so that no other instance started the last turns meanwhile
            renewer.shutdownNow();
            if (lag != null) {
                lag.close();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    int workers() {
        return workers;
    }
}
