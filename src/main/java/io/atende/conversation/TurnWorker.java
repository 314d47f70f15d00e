package io.atende.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due turns and runs them on virtual threads. It wakes at the exact due time of turns
 * accepted here, and polls the database for the rest (other instances, recovery after a crash).
 */
final class TurnWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TurnWorker.class);
    private static final Duration FAILURE_BACKOFF = Duration.ofSeconds(5);

    private final TurnQueue queue;
    private final TurnProcessor processor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lease;
    private final Duration poll;
    private final int workers;
    private final boolean singleInstance;
    private final PipelineMetrics metrics;
    private final Semaphore permits;
    private final Set<TurnQueue.Claim> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean polling = new AtomicBoolean();
    private final AtomicBoolean pollAgain = new AtomicBoolean();
    private ScheduledExecutorService timer;
    private ExecutorService turns;
    private volatile boolean started;

    TurnWorker(TurnQueue queue, TurnProcessor processor, TransactionTemplate tx, Clock clock, Duration lease,
               Duration poll, int workers, boolean singleInstance, PipelineMetrics metrics) {
        this.queue = queue;
        this.processor = processor;
        this.tx = tx;
        this.clock = clock;
        this.lease = lease;
        this.poll = poll;
        this.workers = workers;
        this.singleInstance = singleInstance;
        this.metrics = metrics;
        this.permits = new Semaphore(workers);
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        if (singleInstance) {
            // an embedded database has one owner: leases left by a killed process are stale
            int released = queue.releaseAll();
            if (released > 0) {
                log.info("recovered {} conversation(s) whose turn was interrupted", released);
            }
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("atende-turn-timer").daemon().factory());
        turns = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("atende-turn-", 0).factory());
        started = true;
        timer.scheduleWithFixedDelay(this::pollSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        long renewEvery = Math.max(100, lease.toMillis() / 3);
        timer.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
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
            return;
        }
        List<TurnQueue.Claim> claims = tx.execute(s -> queue.claimDue(clock.instant(), free, lease));
        for (TurnQueue.Claim claim : claims) {
            permits.acquireUninterruptibly();
            running.add(claim);
            turns.execute(() -> runTurn(claim));
        }
        if (claims.size() == free) {
            pollAgain.set(true);
        }
    }

    private void runTurn(TurnQueue.Claim claim) {
        try {
            TurnProcessor.Outcome outcome = processor.run(claim);
            if (outcome == TurnProcessor.Outcome.SUPERSEDED) {
                queue.nextDue().ifPresent(this::wakeAt);
            }
        } catch (RuntimeException e) {
            metrics.failed();
            log.error("turn of conversation {} failed; retrying in {}s: {}", claim.conversationId(),
                    FAILURE_BACKOFF.toSeconds(), e.toString());
            try {
                queue.postpone(claim, clock.instant().plus(FAILURE_BACKOFF));
            } catch (RuntimeException again) {
                log.warn("could not postpone the failed turn; its lease will expire: {}", again.toString());
            }
        } finally {
            running.remove(claim);
            permits.release();
            pollAgain.set(true);
            wakeAt(clock.instant());
        }
    }

    private void renewLeases() {
        Instant until = clock.instant().plus(lease);
        for (TurnQueue.Claim claim : running) {
            try {
                queue.renew(claim, until);
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
