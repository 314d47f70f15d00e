package io.atende.conversation;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Polls for due follow-ups and sends them. Follow-ups are minutes apart, so a poll every few seconds is precise
 * enough and costs one indexed query; several instances may poll the same database (each follow-up is sent once).
 */
final class FollowUpWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FollowUpWorker.class);
    /** Follow-ups sent per poll at most: a backlog (after downtime) drains over a few polls, not in one burst. */
    static final int BATCH = 100;

    private final FollowUps followUps;
    private final Duration poll;
    private ScheduledExecutorService timer;
    private volatile boolean started;

    FollowUpWorker(FollowUps followUps, Duration poll) {
        this.followUps = followUps;
        this.poll = poll;
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("atende-followups").daemon().factory());
        started = true;
        timer.scheduleWithFixedDelay(this::pollSafely, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            int sent = followUps.sendDue(BATCH);
            if (sent > 0) {
                log.debug("sent {} follow-up(s)", sent);
            }
        } catch (RuntimeException e) {
            log.warn("polling for due follow-ups failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
