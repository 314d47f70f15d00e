package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.shared.Choice;
import io.atende.shared.ConversationId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The delivery outbox of push channels on a real database: replies stored pending with the turn, sent in order and
 * one at a time per conversation (also by several workers), retried with back-off, failed with the code, and a
 * crashed worker's claim sent again once its lease ends.
 */
abstract class DeliveryOutboxContract extends PipelineTestBase {

    private static final Aggregation IMMEDIATE = new Aggregation(0, 0);

    /** A push channel that records what it was given and answers what {@code answer} says. */
    static final class RecordingChannel implements OutboundChannel {
        final List<OutboundMessage> sent = new CopyOnWriteArrayList<>();
        final Map<ConversationId, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        final AtomicInteger overlaps = new AtomicInteger();
        final AtomicInteger ids = new AtomicInteger();
        volatile Function<OutboundMessage, DeliveryResult> answer = m -> null;

        @Override
        public Channel channel() {
            return Channel.WHATSAPP;
        }

        @Override
        public DeliveryResult send(OutboundMessage message) {
            AtomicInteger mine = inFlight.computeIfAbsent(message.conversationId(), k -> new AtomicInteger());
            if (mine.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            try {
                Thread.sleep(5);
                sent.add(message);
                DeliveryResult scripted = answer.apply(message);
                return scripted != null ? scripted : new DeliveryResult.Sent(List.of("wamid.T" + ids.incrementAndGet()), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                mine.decrementAndGet();
            }
        }
    }

    private final RecordingChannel channel = new RecordingChannel();
    private final List<DeliveryWorker> workers = new ArrayList<>();

    private Pipeline pipeline() {
        return started(new Pipeline(newPool(4), cipher, new ScriptedEngine(0), IMMEDIATE, Duration.ofSeconds(15)));
    }

    private DeliveryWorker worker(Pipeline p, int maxAttempts, Duration lease) {
        DeliveryWorker worker = new DeliveryWorker(List.of(channel), new JdbcDeliveryOutbox(p.jdbc, new SealedJson(cipher)),
                new JdbcOutboundBubbles(p.jdbc),
                p.conversations, p.tx, p.updates, Clock.systemUTC(), new DeliveryWorker.Policy(Duration.ofMillis(50), lease,
                maxAttempts, Duration.ofMillis(50), Duration.ofMillis(200), 50));
        workers.add(worker);
        worker.start();
        return worker;
    }

    @org.junit.jupiter.api.AfterEach
    void stopWorkers() {
        workers.forEach(DeliveryWorker::stop);
    }

    private static ConversationId answered(Pipeline p, Channel channel, String contact) {
        Accepted accepted = p.service.accept(InboundMessage.text(channel, contact, "ext-" + contact, "oi"));
        await().atMost(Duration.ofSeconds(10)).until(() -> p.service.answeringTurn(accepted.messageId()).isPresent());
        return accepted.conversationId();
    }

    private static String status(Pipeline p, long messageId) {
        return p.jdbc.sql("SELECT delivery_status FROM messages WHERE id = ?").param(messageId).query(String.class).single();
    }

    private static List<Long> outbound(Pipeline p, ConversationId id) {
        return p.jdbc.sql("SELECT id FROM messages WHERE conversation_id = ? AND direction = 'outbound' ORDER BY id")
                .param(id.value()).query(Long.class).list();
    }

    @Test
    void shouldStoreRepliesOfPushChannelsPendingAndOthersSent() {
        Pipeline p = pipeline();
        ConversationId whatsapp = answered(p, Channel.WHATSAPP, "5531999990000");
        ConversationId api = answered(p, Channel.API, "api-1");
        assertThat(status(p, outbound(p, whatsapp).getFirst())).isEqualTo("pending");
        assertThat(status(p, outbound(p, api).getFirst())).isEqualTo("sent");
    }

    @Test
    void shouldSendEachConversationsMessagesOnceInOrderAndOneAtATimeAcrossWorkers() {
        Pipeline p = pipeline();
        List<ConversationId> ids = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            ConversationId id = answered(p, Channel.WHATSAPP, "55319999900" + c);
            ids.add(id);
            for (int i = 0; i < 5; i++) {
                int n = i;
                p.tx.executeWithoutResult(s -> p.messages.insertOutbound(id, null, Channel.WHATSAPP, "operator", "msg " + n,
                        "pending", Instant.now()));
            }
        }
        worker(p, 3, Duration.ofSeconds(30));
        worker(pipeline(), 3, Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(20)).until(() -> channel.sent.size() >= 24);
        assertThat(channel.sent).hasSize(24);
        assertThat(channel.overlaps.get()).isZero();
        for (ConversationId id : ids) {
            List<Long> order = channel.sent.stream().filter(m -> m.conversationId().equals(id)).map(m -> m.id().value()).toList();
            assertThat(order).isEqualTo(outbound(p, id));
            assertThat(channel.sent.stream().filter(m -> m.conversationId().equals(id)).findFirst().orElseThrow().recipient())
                    .startsWith("55319999900");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> p.count(
                "SELECT count(*) FROM messages WHERE direction = 'outbound' AND delivery_status = 'sent'"
                        + " AND external_id LIKE 'wamid.T%'") == 24);
    }

    @Test
    void shouldRetryWithBackoffThenSendAndFailAfterTheAttemptsWithTheCode() {
        Pipeline p = pipeline();
        ConversationId retried = answered(p, Channel.WHATSAPP, "5531999990001");
        ConversationId refused = answered(p, Channel.WHATSAPP, "5531999990002");
        channel.answer = m -> m.conversationId().equals(refused)
                ? new DeliveryResult.Retry("130429", List.of(), null)
                : m.attempt() < 3 ? new DeliveryResult.Retry("131056", List.of(), null) : null;
        worker(p, 4, Duration.ofSeconds(30));

        long retriedId = outbound(p, retried).getFirst();
        long refusedId = outbound(p, refused).getFirst();
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(p, retriedId)) && "failed".equals(status(p, refusedId)));
        assertThat(channel.sent.stream().filter(m -> m.conversationId().equals(retried))).extracting(OutboundMessage::attempt)
                .containsExactly(1, 2, 3);
        assertThat(p.jdbc.sql("SELECT delivery_error FROM messages WHERE id = ?").param(refusedId).query(String.class).single())
                .isEqualTo("130429");
        assertThat(p.conversations.events(refused)).anyMatch(e -> e.type().equals("delivery.failed"));
    }

    @Test
    void shouldSendAgainWhatACrashedWorkerClaimedOnceItsLeaseEnds() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, Channel.WHATSAPP, "5531999990003");
        long message = outbound(p, id).getFirst();
        // a worker claims the message and dies before sending or recording anything
        JdbcDeliveryOutbox crashed = new JdbcDeliveryOutbox(p.jdbc, new SealedJson(cipher));
        Instant now = Instant.now();
        assertThat((List<OutboundMessage>) p.tx.execute(s -> crashed.claim(Channel.WHATSAPP, now, 10, now.plusMillis(1500)))).hasSize(1);
        worker(p, 3, Duration.ofSeconds(30));

        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2)).until(channel.sent::isEmpty);
        await().atMost(Duration.ofSeconds(10)).until(() -> "sent".equals(status(p, message)));
        assertThat(channel.sent).singleElement().satisfies(m -> assertThat(m.attempt()).isEqualTo(2));
    }

    @Test
    void shouldHandTheChannelTheAnswersAMessageOffersAndItsPicture() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, Channel.WHATSAPP, "5531999990004");
        p.tx.executeWithoutResult(s -> p.messages.insertOutbound(id, null, Channel.WHATSAPP, "agent", "Quer este?",
                List.of(new Choice("Sim"), new Choice("Não")), "https://loja.test/i/tns-1.jpg", "pending", Instant.now()));
        worker(p, 3, Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(10)).until(() -> channel.sent.size() == 2);
        assertThat(channel.sent.getFirst().choices()).isEmpty();
        OutboundMessage offer = channel.sent.getLast();
        assertThat(offer.text()).isEqualTo("Quer este?");
        assertThat(offer.choices()).extracting(Choice::title).containsExactly("Sim", "Não");
        assertThat(offer.image()).isEqualTo("https://loja.test/i/tns-1.jpg");
    }
}
