package io.atende.conversation;

import io.atende.shared.CpuGate;
import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.pack.Pack;
import io.atende.pack.PackSource;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.privacy.FieldCipher;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the turn pipeline. The stores are chosen by the configured database (H2 embedded or PostgreSQL). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ConversationProperties.class, DeliveryProperties.class})
class ConversationConfiguration {

    @Bean
    SealedJson sealedJson(FieldCipher cipher) {
        return new SealedJson(cipher);
    }

    @Bean
    JdbcConversationStore conversationStore(JdbcClient jdbc, SealedJson sealed) {
        return new JdbcConversationStore(jdbc, sealed);
    }

    @Bean
    JdbcMessageStore messageStore(javax.sql.DataSource dataSource, SealedJson sealed) {
        return JdbcMessageStore.on(dataSource, sealed);
    }

    @Bean
    JdbcTurnQueue turnQueue(javax.sql.DataSource dataSource) {
        return JdbcTurnQueue.on(dataSource);
    }

    @Bean
    CommitDurability commitDurability(javax.sql.DataSource dataSource) {
        return durability(dataSource);
    }

    /** H2 keeps commits in memory until its next store; PostgreSQL's commit is on disk when it returns. */
    static CommitDurability durability(javax.sql.DataSource dataSource) {
        return "H2".equals(DatabaseProduct.of(dataSource)) ? new H2GroupFlush(dataSource) : CommitDurability.ON_COMMIT;
    }

    @Bean
    UpdateBus updateBus() {
        return new UpdateBus();
    }

    @Bean
    PipelineMetrics pipelineMetrics(MeterRegistry registry, JdbcTurnQueue queue, Clock clock) {
        Gauge.builder("atende.queue.depth", () -> queue.dueCount(clock.instant()))
                .description("Conversations whose turn is due and not yet answered").register(registry);
        return new PipelineMetrics(registry);
    }

    @Bean
    JdbcOutboundBubbles outboundBubbles(JdbcClient jdbc) {
        return new JdbcOutboundBubbles(jdbc);
    }

    @Bean
    TransactionTemplate conversationTransactions(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }

    @Bean
    ConversationService conversationService(JdbcConversationStore conversations, JdbcMessageStore messages,
                                            JdbcTurnQueue queue, TransactionTemplate conversationTransactions,
                                            UpdateBus updates, PackSource pack, ConversationProperties properties,
                                            Clock clock, PipelineMetrics metrics, CommitDurability durability,
                                            JdbcOutboundBubbles bubbles) {
        return new ConversationService(conversations, messages, queue, conversationTransactions, updates,
                () -> aggregation(pack.current().identity().aggregation(), properties.aggregationWindowMs()), clock, metrics,
                durability, bubbles);
    }

    @Bean
    DeliveryJournals deliveryJournals(io.atende.AtendeProperties atende, ConversationProperties properties,
                                      CommitDurability durability, FieldCipher cipher, MeterRegistry registry) {
        return new DeliveryJournals(atende.dataDirPath().resolve("journal"), properties, durability, cipher,
                registry);
    }

    @Bean
    FollowUps followUps(javax.sql.DataSource dataSource, JdbcConversationStore conversations, JdbcMessageStore messages,
                        TransactionTemplate conversationTransactions, UpdateBus updates, PackSource pack, Clock clock,
                        CommitDurability durability) {
        return new FollowUps(JdbcFollowUpSchedule.on(dataSource), conversations, messages, conversationTransactions, updates,
                () -> followUpPlan(pack.current()), clock, durability);
    }

    @Bean
    FollowUpWorker followUpWorker(FollowUps followUps, ConversationProperties properties) {
        return new FollowUpWorker(followUps, Duration.ofMillis(properties.followUpPollMs()));
    }

    @Bean
    DeliveryWorker deliveryWorker(org.springframework.beans.factory.ObjectProvider<OutboundChannel> channels,
                                  JdbcClient jdbc, SealedJson sealed, JdbcConversationStore conversations,
                                  TransactionTemplate conversationTransactions, UpdateBus updates, Clock clock,
                                  DeliveryProperties properties, JdbcOutboundBubbles bubbles) {
        return new DeliveryWorker(channels.orderedStream().toList(), new JdbcDeliveryOutbox(jdbc, sealed), bubbles,
                conversations,
                conversationTransactions, updates, clock, properties.policy());
    }

    /** The pack's follow-up settings with its text, or null when the pack has no {@code reengagement:} section. */
    static FollowUps.Plan followUpPlan(Pack pack) {
        var settings = pack.identity().reengagement();
        return settings == null ? null : new FollowUps.Plan(settings, pack.messages().render("reengagement", java.util.Map.of()));
    }

    @Bean
    TurnWorker turnWorker(JdbcConversationStore conversations, JdbcMessageStore messages, JdbcTurnQueue queue,
                          TransactionTemplate conversationTransactions, UpdateBus updates, Engine engine,
                          ConversationProperties properties, Clock clock, PipelineMetrics metrics,
                          ConversationService service, PackSource pack, CommitDurability durability,
                          FollowUps followUps) {
        TurnProcessor processor = new TurnProcessor(conversations, messages, queue, conversationTransactions, engine,
                updates, clock, instanceId(), properties.historySize(), Duration.ofMillis(properties.faultDelayMs()),
                metrics, () -> failureDecision(pack.current()), properties.failureAttempts(), durability, followUps,
                now -> afterHoursNotice(pack.current(), now));
        TurnWorker worker = new TurnWorker(queue, processor, conversationTransactions, clock,
                Duration.ofMillis(properties.leaseMs()), Duration.ofMillis(properties.pollMs()),
                Duration.ofMillis(properties.failureBackoffMs()), properties.workers(), metrics,
                cpuGate(properties), properties.turnNice());
        service.onDue(worker::messageArrived);
        return worker;
    }

    /** The cap on turns computing at once (four per core unless set), and the overload limit if it is on. */
    static CpuGate cpuGate(ConversationProperties properties) {
        int computing = properties.computingTurns() > 0 ? properties.computingTurns()
                : 4 * Runtime.getRuntime().availableProcessors();
        return properties.overloadTurnPercent() == 0 ? CpuGate.capped(computing)
                : CpuGate.adaptiveForThisMachine(properties.overloadTurnPercent(), computing);
    }

    /** What a customer gets when the engine keeps failing: the pack's apology, and a person is asked for. */
    static EngineDecision failureDecision(Pack pack) {
        String text = pack.messages().render(pack.messages().has("turn_failed") ? "turn_failed" : "fallback",
                Map.of());
        return EngineDecision.of(new EngineCommand.Understood("engine_failure", 0, "failure"),
                new EngineCommand.Say(text), new EngineCommand.RequestHandoff("the engine failed repeatedly"));
    }

    @Bean
    HandoffService handoffDesk(JdbcConversationStore conversations, JdbcMessageStore messages, JdbcTurnQueue queue,
                               TransactionTemplate conversationTransactions, UpdateBus updates, Clock clock,
                               CommitDurability durability) {
        return new HandoffService(conversations, messages, queue, conversationTransactions, updates, clock, durability);
    }

    /**
     * The pack's {@code handoff_after_hours} message when a person is asked for outside business hours, with the
     * next opening as {@code {{next_open_day}}} (the weekday in the pack's language), {@code {{next_open_date}}}
     * (dd/MM) and {@code {{next_open_time}}} (HH:mm); nothing within hours or when the pack has no such message.
     */
    static Optional<String> afterHoursNotice(Pack pack, Instant now) {
        var hours = pack.identity().hours();
        if (!pack.messages().has("handoff_after_hours") || hours.isOpen(now)) {
            return Optional.empty();
        }
        Locale language = pack.identity().language() == null ? Locale.ROOT : pack.identity().language();
        return hours.nextOpening(now).map(next -> pack.messages().render("handoff_after_hours", Map.of(
                "next_open_day", DateTimeFormatter.ofPattern("EEEE", language).format(next),
                "next_open_date", DateTimeFormatter.ofPattern("dd/MM").format(next),
                "next_open_time", DateTimeFormatter.ofPattern("HH:mm").format(next))));
    }

    /** The pack's window unless {@code ATENDE_AGGREGATION_WINDOW_MS} overrides the quiet part. */
    static Aggregation aggregation(Aggregation pack, long overrideQuietMs) {
        if (overrideQuietMs < 0) {
            return pack;
        }
        return new Aggregation(overrideQuietMs, Math.max(overrideQuietMs, pack.maxMs()));
    }

    private static String instanceId() {
        String pid = ManagementFactory.getRuntimeMXBean().getName();
        return (pid + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
