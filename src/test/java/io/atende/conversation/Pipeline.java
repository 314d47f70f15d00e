package io.atende.conversation;

import io.atende.engine.Engine;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.privacy.FieldCipher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One application instance's turn pipeline, wired by hand on a given database: what the Spring
 * configuration builds, without the web layer. Two of these on one PostgreSQL are two instances.
 */
final class Pipeline implements AutoCloseable {

    final JdbcClient jdbc;
    final JdbcConversationStore conversations;
    final JdbcMessageStore messages;
    final JdbcTurnQueue queue;
    final TransactionTemplate tx;
    final UpdateBus updates = new UpdateBus();
    final ConversationService service;
    final TurnWorker worker;
    /** The turns' CPU gate, limited while more turns are due than workers. */
    final io.atende.shared.CpuGate gate = io.atende.shared.CpuGate.forThisMachine(100);
    final HandoffService desk;

    /** What the pipeline answers when the engine keeps failing. */
    static final io.atende.engine.EngineDecision FAILURE = io.atende.engine.EngineDecision.of(
            new io.atende.engine.EngineCommand.Understood("engine_failure", 0, "failure"),
            new io.atende.engine.EngineCommand.Say("Desculpe, tive um problema agora."),
            new io.atende.engine.EngineCommand.RequestHandoff("the engine failed repeatedly"));

    private final CommitDurability durability;

    final FollowUps followUps;

    Pipeline(DataSource dataSource, FieldCipher cipher, Engine engine, Aggregation aggregation, Duration lease) {
        this(dataSource, cipher, engine, aggregation, lease, Clock.systemUTC(), () -> null);
    }

    /** An instance on {@code clock}, sending follow-ups as {@code plan} says (null: the pack has none). */
    Pipeline(DataSource dataSource, FieldCipher cipher, Engine engine, Aggregation aggregation, Duration lease,
             Clock clock, java.util.function.Supplier<FollowUps.Plan> plan) {
        this(dataSource, cipher, engine, aggregation, lease, clock, plan, HandoffNotice.NONE);
    }

    /** An instance that also tells the customer, when a person is asked for, what {@code notice} says. */
    Pipeline(DataSource dataSource, FieldCipher cipher, Engine engine, Aggregation aggregation, Duration lease,
             Clock clock, java.util.function.Supplier<FollowUps.Plan> plan, HandoffNotice notice) {
        jdbc = JdbcClient.create(dataSource);
        SealedJson sealed = new SealedJson(cipher);
        conversations = new JdbcConversationStore(jdbc, sealed);
        messages = JdbcMessageStore.on(dataSource, sealed);
        queue = JdbcTurnQueue.on(dataSource);
        tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        PipelineMetrics metrics = new PipelineMetrics(new SimpleMeterRegistry());
        durability = ConversationConfiguration.durability(dataSource);
        service = new ConversationService(conversations, messages, queue, tx, updates, () -> aggregation, clock, metrics,
                durability, new JdbcOutboundBubbles(jdbc));
        followUps = new FollowUps(JdbcFollowUpSchedule.on(dataSource), conversations, messages, tx, updates, plan, clock,
                durability);
        TurnProcessor processor = new TurnProcessor(conversations, messages, queue, tx, engine, updates, clock,
                "test-" + System.nanoTime(), 20, Duration.ZERO, metrics, () -> FAILURE, 3, durability, followUps,
                notice);
        worker = new TurnWorker(queue, processor, tx, clock, lease, Duration.ofMillis(50), Duration.ofMillis(100), 16, metrics,
                gate, 10);
        service.onDue(worker::messageArrived);
        desk = new HandoffService(conversations, messages, queue, tx, updates, clock, durability);
    }

    Pipeline start() {
        worker.start();
        return this;
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Override
    public void close() {
        worker.stop();
        if (durability instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
