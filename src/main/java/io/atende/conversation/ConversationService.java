package io.atende.conversation;

import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.shared.ConversationId;
import io.atende.shared.MessageId;
import io.atende.shared.TurnId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** Implements {@link ConversationApi}: accepting messages durably, and reading conversations. */
final class ConversationService implements ConversationApi {

    static final int MAX_TEXT = 4096;
    static final int MAX_ID = 200;
    private static final Duration RECHECK = Duration.ofMillis(250);

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final TurnQueue queue;
    private final TransactionTemplate tx;
    private final UpdateBus updates;
    /** Read per message: an edited pack may change it while the application runs. */
    private final java.util.function.Supplier<Aggregation> aggregation;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private final CommitDurability durability;
    private final JdbcOutboundBubbles bubbles;
    private volatile Consumer<Instant> dueListener = due -> { };

    ConversationService(ConversationStore conversations, MessageStore messages, TurnQueue queue, TransactionTemplate tx,
                        UpdateBus updates, java.util.function.Supplier<Aggregation> aggregation, Clock clock, PipelineMetrics metrics,
                        CommitDurability durability, JdbcOutboundBubbles bubbles) {
        this.conversations = conversations;
        this.messages = messages;
        this.queue = queue;
        this.tx = tx;
        this.updates = updates;
        this.aggregation = aggregation;
        this.clock = clock;
        this.metrics = metrics;
        this.durability = durability;
        this.bubbles = bubbles;
    }

    /** Told when a turn becomes due, so the worker can wake up at that instant instead of polling. */
    void onDue(Consumer<Instant> listener) {
        this.dueListener = listener;
    }

    @Override
    public Accepted accept(InboundMessage message) {
        return accept(message, true);
    }

    @Override
    public Accepted acceptFromJournal(InboundMessage message) {
        return accept(message, false);
    }

    private Accepted accept(InboundMessage message, boolean awaitDurable) {
        validate(message);
        for (int attempt = 1; ; attempt++) {
            try {
                Receipt receipt = tx.execute(status -> store(message));
                if (receipt.due() != null) {
                    // the turn may start before the flush below: its reply waits for a flush of its own
                    dueListener.accept(receipt.due());
                }
                if (awaitDurable) {
                    // stored before acknowledged: also when the database keeps commits in memory for a while
                    durability.awaitDurable();
                }
                if (!receipt.accepted().duplicate()) {
                    updates.publish(new ConversationUpdate.MessagesStored(receipt.accepted().conversationId()));
                }
                metrics.accepted(receipt.accepted().duplicate());
                return receipt.accepted();
            } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
                // a concurrent delivery of the same message or a first message of the same contact won the
                // race, or the database chose this transaction as a deadlock victim: nothing was stored, retry
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private record Receipt(Accepted accepted, Instant due) {
    }

    private Receipt store(InboundMessage message) {
        Optional<MessageStore.StoredMessageRef> seen = messages.findByExternalId(message.channel(), message.externalId());
        if (seen.isPresent()) {
            return new Receipt(new Accepted(seen.get().conversationId(), seen.get().messageId(), true), null);
        }
        Instant now = clock.instant();
        var contact = conversations.lockContact(message.channel(), message.contact(), message.displayName(), now);
        ConversationId conversation = contact.openConversation().orElseGet(() -> {
            ConversationId id = conversations.open(contact.id(), message.channel(), now);
            queue.create(id);
            return id;
        });
        MessageId id = messages.insertInbound(conversation, message, now);
        // lock order: the turn_queue row before the conversations row, as a finishing turn does
        // (TurnProcessor: queue.complete, then saveState); the other order deadlocks on PostgreSQL
        Instant due = message.promptsReply() ? queue.schedule(conversation, now, message.channel().aggregatesBursts()
                ? aggregation.get() : new Aggregation(0, 0)) : null;
        conversations.touch(conversation, now);
        // no "message.received" event: the message row is the record of receipt, and the turn.completed event
        // names the inbound messages it answered
        return new Receipt(new Accepted(conversation, id, false), due);
    }

    private static void validate(InboundMessage m) {
        if (m.contact().isBlank()) {
            throw new InvalidMessageException("contact", "contact must not be blank");
        }
        if (m.contact().length() > MAX_ID) {
            throw new InvalidMessageException("contact", "contact must be at most " + MAX_ID + " characters");
        }
        if (m.externalId() != null && (m.externalId().isBlank() || m.externalId().length() > MAX_ID)) {
            throw new InvalidMessageException("id", "id must be 1 to " + MAX_ID + " characters");
        }
        validateText(m.text(), m.attachments().isEmpty());
    }

    /** The limits of every stored message text, whoever wrote it; {@code required} when nothing else is sent. */
    static void validateText(String text, boolean required) {
        if (required && (text == null || text.isBlank())) {
            throw new InvalidMessageException("text", "text must not be blank");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidMessageException("text", "text must be at most " + MAX_TEXT + " characters");
        }
    }

    @Override
    public DeliveryUpdate recordDelivery(Channel channel, String externalId, DeliveryStatus status, String error) {
        if (externalId == null || externalId.isBlank()) {
            return DeliveryUpdate.UNKNOWN_MESSAGE;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> record(channel, externalId, status, error, clock.instant()));
            } catch (DuplicateKeyException e) {
                // a report of the same bubble, or the worker recording it, won the race: nothing was stored, retry
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private DeliveryUpdate record(Channel channel, String externalId, DeliveryStatus status, String error, Instant now) {
        return switch (bubbles.report(channel, externalId, status, error, now)) {
            case STALE -> DeliveryUpdate.STALE;
            case KEPT_UNTIL_SENT -> DeliveryUpdate.KEPT_UNTIL_SENT;
            case ADVANCED -> bubbles.messageOf(channel, externalId).map(message -> {
                bubbles.settle(message, now);
                return DeliveryUpdate.RECORDED;
            }).orElse(DeliveryUpdate.KEPT_UNTIL_SENT);
        };
    }

    @Override
    public Optional<TurnReplies> awaitReplies(MessageId messageId, Duration timeout) {
        Optional<TurnReplies> done = repliesOf(messageId);
        if (done.isPresent() || timeout.isZero() || timeout.isNegative()) {
            return done;
        }
        Semaphore signal = new Semaphore(0);
        ConversationId conversation = tx.execute(s -> messages.conversationOf(messageId)).orElse(null);
        if (conversation == null) {
            return Optional.empty();
        }
        try (Subscription ignored = updates.subscribe(conversation, u -> signal.release())) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                done = repliesOf(messageId);
                long left = deadline - System.nanoTime();
                if (done.isPresent() || left <= 0) {
                    return done;
                }
                // other instances do not signal here: re-check the database now and then
                signal.tryAcquire(Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
                signal.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return repliesOf(messageId);
        }
    }

    private Optional<TurnReplies> repliesOf(MessageId messageId) {
        return messages.answeringTurn(messageId).map(turn -> new TurnReplies(turn, messages.outboundOf(turn)));
    }

    @Override
    public Optional<ConversationView> find(ConversationId id) {
        return conversations.state(id).map(s -> new ConversationView(s.id(), s.contact(), s.channel(), s.status(),
                s.journey(), s.attributes(), s.handoff(),
                s.createdAt(), s.updatedAt(), messages.after(id, 0, Integer.MAX_VALUE), s.optedOutAt()));
    }

    @Override
    public List<MessageView> messagesAfter(ConversationId id, long afterMessageId, int limit) {
        return messages.after(id, afterMessageId, limit);
    }

    @Override
    public List<ConversationEvent> timeline(ConversationId id) {
        return conversations.timeline(id).stream()
                .map(e -> new ConversationEvent(e.id(), e.type(), e.payload(), e.createdAt())).toList();
    }

    @Override
    public List<ConversationSummary> recent(int limit) {
        return conversations.recent(limit);
    }

    @Override
    public Subscription subscribe(ConversationId id, Consumer<ConversationUpdate> listener) {
        return updates.subscribe(id, listener);
    }

    /** For tests and tools: the turn that answered a message. */
    Optional<TurnId> answeringTurn(MessageId id) {
        return messages.answeringTurn(id);
    }
}
