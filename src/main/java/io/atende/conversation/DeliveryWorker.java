package io.atende.conversation;

import io.atende.shared.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the delivery outbox through the {@link OutboundChannel}s: claims pending messages (a lease, so a crashed
 * instance's messages are claimed again once it ends), sends each outside any transaction, and records the
 * channel's id ('sent'), a retry with exponential back-off, or 'failed' with the error code. At-least-once: a crash
 * between the channel's answer and the record sends the message again after the lease (see docs/whatsapp.md).
 * Woken when messages are stored, and polls for retries and other instances' leftovers.
 */
final class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    /** Delivery settings: attempts before giving up, back-off from {@code firstBackoff} doubling up to {@code maxBackoff}. */
    record Policy(Duration poll, Duration lease, int maxAttempts, Duration firstBackoff, Duration maxBackoff, int batch) {
    }

    /** The longest a reply waits for its turn's typing indicator to be accepted. */
    private static final Duration TYPING_WAIT = Duration.ofSeconds(2);

    private final Map<Channel, OutboundChannel> channels;
    private final Map<ConversationId, Future<?>> typingInFlight = new java.util.concurrent.ConcurrentHashMap<>();
    private final JdbcDeliveryOutbox outbox;
    private final JdbcOutboundBubbles bubbles;
    private final ConversationStore conversations;
    private final TransactionTemplate tx;
    private final UpdateBus updates;
    private final Clock clock;
    private final Policy policy;
    private ScheduledExecutorService timer;
    private ExecutorService senders;
    private ConversationApi.Subscription subscription;
    private volatile boolean started;
    private volatile boolean pending;
    private final java.util.concurrent.atomic.AtomicBoolean wakeQueued = new java.util.concurrent.atomic.AtomicBoolean();

    DeliveryWorker(List<OutboundChannel> channels, JdbcDeliveryOutbox outbox, JdbcOutboundBubbles bubbles,
                   ConversationStore conversations,
                   TransactionTemplate tx, UpdateBus updates, Clock clock, Policy policy) {
        this.channels = new LinkedHashMap<>();
        channels.forEach(c -> this.channels.put(c.channel(), c));
        this.outbox = outbox;
        this.bubbles = bubbles;
        this.conversations = conversations;
        this.tx = tx;
        this.updates = updates;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public synchronized void start() {
        if (started || channels.isEmpty()) {
            return;
        }
        senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("atende-delivery-", 0).factory());
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("atende-delivery").daemon().factory());
        subscription = updates.subscribe(null, this::onUpdate);
        started = true;
        timer.scheduleWithFixedDelay(this::drain, 0, policy.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onUpdate(ConversationUpdate update) {
        if (update instanceof ConversationUpdate.MessagesStored) {
            pending = true;
            // one queued drain at a time: a burst of stored messages wakes the worker once; the drain loops while
            // `pending` says more arrived
            if (wakeQueued.compareAndSet(false, true)) {
                timer.execute(() -> {
                    wakeQueued.set(false);
                    drain();
                });
            }
        } else if (update instanceof ConversationUpdate.Typing typing) {
            ConversationId id = typing.conversationId();
            java.util.concurrent.CompletableFuture<Void> shown =
                    java.util.concurrent.CompletableFuture.runAsync(() -> typing(id), senders);
            typingInFlight.put(id, shown);
            // only an indicator still on its way matters; a finished one (or another channel's turn) leaves no entry
            shown.whenComplete((ok, error) -> typingInFlight.remove(id, shown));
        }
    }

    private void typing(ConversationId id) {
        try {
            outbox.channelOf(id).map(channels::get).ifPresent(channel ->
                    outbox.typing(id).ifPresent(channel::typing));
        } catch (RuntimeException e) {
            log.debug("typing indicator of conversation {} not shown: {}", id, e.toString());
        }
    }

    /** Sends everything due now, batch after batch; returns how many attempts were made. */
    int drain() {
        int attempts = 0;
        try {
            do {
                pending = false;
                int round = 0;
                for (OutboundChannel channel : channels.values()) {
                    round += sendDue(channel);
                }
                attempts += round;
                if (round == 0 && !pending) {
                    break;
                }
            } while (started);
        } catch (RuntimeException e) {
            log.warn("delivery poll failed: {}", e.toString());
        }
        return attempts;
    }

    private int sendDue(OutboundChannel channel) {
        Instant now = clock.instant();
        List<OutboundMessage> claimed = tx.execute(s -> outbox.claim(channel.channel(), now, policy.batch(),
                now.plus(policy.lease())));
        List<Future<?>> running = new ArrayList<>();
        for (OutboundMessage message : claimed) {
            running.add(senders.submit(() -> deliver(channel, message)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claimed.size();
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("delivery failed: {}", e.getCause().toString());
            }
        }
        return claimed.size();
    }

    private void deliver(OutboundChannel channel, OutboundMessage message) {
        awaitTyping(message.conversationId());
        DeliveryResult result;
        try {
            result = channel.send(message);
        } catch (RuntimeException e) {
            result = new DeliveryResult.Retry("exception", List.of(), null);
        }
        DeliveryResult outcome = result;
        int parts = message.firstPart() + outcome.externalIds().size();
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> record(message, outcome, parts, now));
        recordBubbles(channel.channel(), message, outcome.externalIds(), now);
    }

    /**
     * Each bubble's id, for the statuses the channel reports per bubble. Apart from the send's own record: a status
     * report of the same bubble racing this one must not undo that record (the message would be sent again).
     */
    private void recordBubbles(Channel channel, OutboundMessage message, List<String> externalIds, Instant now) {
        if (externalIds.isEmpty()) {
            return;
        }
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                tx.executeWithoutResult(s -> bubbles.sentAndSettle(message.id(), channel, externalIds, now));
                return;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                log.debug("a status report of message {} came while its bubbles were recorded; again", message.id());
            } catch (org.springframework.dao.DataAccessException e) {
                log.warn("the bubbles of message {} were not recorded; their statuses wait unapplied: {}", message.id(),
                        e.getMessage());
                return;
            }
        }
    }

    /**
     * A reply must reach the channel after the typing indicator of its turn: an indicator arriving after the reply
     * would show "typing…" for nothing until it expires.
     */
    private void awaitTyping(ConversationId id) {
        Future<?> shown = typingInFlight.remove(id);
        if (shown == null) {
            return;
        }
        try {
            shown.get(TYPING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.debug("typing indicator of conversation {} still pending; sending the reply anyway", id);
        }
    }

    private void record(OutboundMessage message, DeliveryResult result, int parts, Instant now) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("message_id", message.id().value());
        event.put("attempt", message.attempt());
        switch (result) {
            case DeliveryResult.Sent sent -> {
                String last = sent.externalIds().isEmpty() ? null : sent.externalIds().getLast();
                if (!outbox.sent(message.id(), last, parts, sent.template(), now)) {
                    return;
                }
                event.put("external_ids", sent.externalIds());
                if (sent.template() != null) {
                    event.put("template", sent.template());
                }
                conversations.appendEvent(message.conversationId(), "delivery.sent", event, now);
            }
            case DeliveryResult.Retry retry when message.attempt() < policy.maxAttempts() -> {
                Instant due = now.plus(backoff(message.attempt()));
                if (retry.notBefore() != null && due.isBefore(now.plus(retry.notBefore()))) {
                    due = now.plus(retry.notBefore());
                }
                outbox.retryAt(message.id(), due, parts, retry.errorCode(), now);
                log.debug("message {} refused ({}); attempt {} again at {}", message.id(), retry.errorCode(),
                        message.attempt() + 1, due);
            }
            case DeliveryResult.Retry retry -> failed(message, retry.errorCode(), parts, event, now);
            case DeliveryResult.Failed failed -> failed(message, failed.errorCode(), parts, event, now);
        }
    }

    private void failed(OutboundMessage message, String code, int parts, Map<String, Object> event, Instant now) {
        outbox.failed(message.id(), parts, code, now);
        event.put("error_code", code);
        conversations.appendEvent(message.conversationId(), "delivery.failed", event, now);
        log.warn("message {} of conversation {} not delivered: error {} after {} attempt(s)", message.id(),
                message.conversationId(), code, message.attempt());
    }

    /** The wait after attempt {@code attempt}: first back-off, doubled each time, capped. */
    Duration backoff(int attempt) {
        Duration wait = policy.firstBackoff().multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
        return wait.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : wait;
    }

    @Override
    public synchronized void stop() {
        if (!started) {
            return;
        }
        started = false;
        subscription.close();
        // waits for the sends in flight (each bounded by the channel's timeouts): their results get recorded
        timer.close();
        senders.close();
    }

    @Override
    public boolean isRunning() {
        return started;
    }
}
