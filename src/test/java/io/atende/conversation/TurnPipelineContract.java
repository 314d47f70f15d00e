package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.atende.engine.EngineRequest;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.shared.ConversationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The runtime guarantees of DESIGN.md, against the real pipeline on a real database. Each test
 * fails when its guarantee is broken (see docs/architecture.md for which line it protects).
 */
abstract class TurnPipelineContract extends PipelineTestBase {

    private static final Aggregation IMMEDIATE = new Aggregation(0, 0);
    private static final Duration LEASE = Duration.ofSeconds(15);

    /** How many application instances share the database in the ordering test. */
    protected abstract int instances();

    private Pipeline pipeline(ScriptedEngine engine, Aggregation aggregation) {
        return started(new Pipeline(newPool(8), cipher, engine, aggregation, LEASE));
    }

    @Test
    void shouldStoreMessageBeforeAcknowledgingAndIgnoreDuplicateDelivery() {
        Pipeline p = pipeline(new ScriptedEngine(0), IMMEDIATE);
        Accepted first = p.service.accept(InboundMessage.text(Channel.API, "ana", "wamid.1", "oi"));
        // acknowledged means durable: a separate connection sees it at once
        try (HikariDataSource other = database.newPool(1)) {
            assertThat(org.springframework.jdbc.core.simple.JdbcClient.create(other)
                    .sql("SELECT count(*) FROM messages WHERE external_id = 'wamid.1'").query(Long.class).single())
                    .isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> p.service.answeringTurn(first.messageId()).isPresent());
        Accepted again = p.service.accept(InboundMessage.text(Channel.API, "ana", "wamid.1", "oi"));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(again.conversationId()).isEqualTo(first.conversationId());
        assertThat(p.count("SELECT count(*) FROM messages WHERE direction = 'inbound'")).isEqualTo(1);
        assertThat(p.count("SELECT count(*) FROM messages WHERE direction = 'outbound'")).isEqualTo(1);
        assertThat(p.count("SELECT count(*) FROM turn_queue WHERE due_at IS NOT NULL")).isZero();
    }

    @Test
    void shouldRecogniseConcurrentDuplicateDeliveries() throws Exception {
        Pipeline p = pipeline(new ScriptedEngine(0), IMMEDIATE);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Accepted>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(threads.submit(() -> p.service.accept(InboundMessage.text(Channel.WHATSAPP, "5531988887777",
                    "wamid.same", "quero saber do meu pedido"))));
        }
        threads.shutdown();
        long fresh = 0;
        for (Future<Accepted> r : results) {
            fresh += r.get(20, TimeUnit.SECONDS).duplicate() ? 0 : 1;
        }
        assertThat(fresh).isEqualTo(1);
        assertThat(p.count("SELECT count(*) FROM messages")).isBetween(1L, 2L);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> p.count("SELECT count(*) FROM messages WHERE direction = 'outbound'") == 1);
        assertThat(p.count("SELECT count(*) FROM messages WHERE direction = 'inbound'")).isEqualTo(1);
        assertThat(p.count("SELECT count(*) FROM conversations")).isEqualTo(1);
    }

    @Test
    void shouldRunTurnsOfOneConversationOneAtATimeInArrivalOrder() throws Exception {
        ScriptedEngine engine = new ScriptedEngine(15);
        List<Pipeline> nodes = IntStream.range(0, instances()).mapToObj(i -> pipeline(engine, IMMEDIATE)).toList();
        int conversations = 6;
        int perConversation = 12;
        ExecutorService senders = Executors.newFixedThreadPool(conversations);
        List<Future<Object>> sent = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            int conv = c;
            sent.add(senders.submit(() -> {
                for (int m = 0; m < perConversation; m++) {
                    // each message enters through a different instance, as behind a load balancer
                    nodes.get(m % nodes.size()).service.accept(InboundMessage.text(Channel.API, "c" + conv,
                            "c" + conv + "-m" + m, "msg " + m));
                }
                return null;
            }));
        }
        senders.shutdown();
        for (Future<Object> f : sent) {
            f.get(60, TimeUnit.SECONDS); // every accept succeeded: a failed one would hide behind the order check
        }
        Pipeline any = nodes.getFirst();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                any.count("SELECT count(*) FROM messages WHERE direction = 'inbound' AND turn_id IS NULL") == 0);

        assertThat(engine.overlaps.get()).as("turns of one conversation ran at the same time").isZero();
        assertThat(engine.maxRunning.get()).as("different conversations ran in parallel").isGreaterThan(1);
        for (int c = 0; c < conversations; c++) {
            List<String> answered = answeredTextsInOrder(any, "c" + c);
            assertThat(answered).as("conversation c%d answered in arrival order, each once", c)
                    .containsExactlyElementsOf(IntStream.range(0, perConversation).mapToObj(m -> "msg " + m).toList());
        }
    }

    /** The inbound texts of a contact, in the order the committed turns answered them. */
    private static List<String> answeredTextsInOrder(Pipeline p, String contact) {
        ConversationId id = p.jdbc.sql("SELECT c.id FROM conversations c JOIN contacts k ON k.id = c.contact_id"
                        + " WHERE k.external_id = ?").param(contact)
                .query((rs, n) -> new ConversationId(rs.getObject(1, java.util.UUID.class))).single();
        List<String> out = new ArrayList<>();
        for (MessageView reply : p.messages.after(id, 0, 10_000)) {
            if (reply.direction() == Direction.OUTBOUND) {
                out.addAll(List.of(reply.text().substring("eco: ".length()).split(" \\| ")));
            }
        }
        return out;
    }

    @Test
    void shouldKeepACoreForIncomingMessagesWhileMoreTurnsAreDueThanWorkers() throws Exception {
        // turns that outlast the accepts, and accepts from several senders: the workers are saturated even when
        // a busy machine makes each accept slow (one sender at a time, turns finished as fast as they came)
        ScriptedEngine engine = new ScriptedEngine(300);
        Pipeline p = pipeline(engine, IMMEDIATE);
        List<Accepted> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
        try (var senders = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 60; i++) {
                int n = i;
                senders.execute(() -> accepted.add(p.service.accept(
                        InboundMessage.text(Channel.API, "overload-" + n, null, "oi " + n))));
            }
        }
        assertThat(accepted).hasSize(60);
        // 16 workers, 60 turns due at once while messages arrive: overload, so turns compute on fewer cores
        await().atMost(Duration.ofSeconds(10)).until(p.gate::limited);
        // the turns that started before the limit finish first, however long a busy machine makes them take
        List<ConversationId> startedBefore = engine.calls.stream().map(ScriptedEngine.Call::conversation).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> startedBefore.stream().noneMatch(engine::answering));
        int samples = 0;
        for (int i = 0; i < 20 && p.gate.limited(); i++) {
            int running = engine.running.get();
            if (p.gate.limited()) {
                assertThat(running).as("turns computing at once while limited").isLessThanOrEqualTo(p.gate.slots());
                samples++;
            }
            Thread.sleep(10);
        }
        assertThat(samples).isPositive();
        // nothing arrives any more: the rest of the backlog gets every core again, before it is worked off
        await().atMost(Duration.ofSeconds(5)).until(() -> !p.gate.limited());
        assertThat(engine.calls.size()).isLessThan(60);
        for (Accepted a : accepted) {
            assertThat(p.service.awaitReplies(a.messageId(), Duration.ofSeconds(30))).isPresent();
        }
        assertThat(engine.calls).hasSize(60);
        assertThat(engine.overlaps.get()).isZero();
    }

    @Test
    void shouldAnswerBurstOnce() {
        ScriptedEngine engine = new ScriptedEngine(0);
        Pipeline p = pipeline(engine, new Aggregation(400, 5000));
        Accepted last = null;
        for (String text : List.of("oi", "queria saber", "do meu pedido", "123456")) {
            last = p.service.accept(InboundMessage.text(Channel.WHATSAPP, "5531999991111", null, text));
        }
        var replies = p.service.awaitReplies(last.messageId(), Duration.ofSeconds(10)).orElseThrow();
        assertThat(replies.replies()).extracting(MessageView::text)
                .containsExactly("eco: oi | queria saber | do meu pedido | 123456");
        assertThat(engine.calls).hasSize(1);
        assertThat(p.count("SELECT count(*) FROM turns")).isEqualTo(1);
    }

    @Test
    void shouldAnswerMessageThatArrivesWhileReplyIsPrepared() throws Exception {
        CountDownLatch preparing = new CountDownLatch(1);
        CountDownLatch secondStored = new CountDownLatch(1);
        ScriptedEngine engine = new ScriptedEngine(0) {
            @Override
            void beforeAnswer(EngineRequest request) throws InterruptedException {
                if (calls.size() == 1) {
                    preparing.countDown();
                    secondStored.await(10, TimeUnit.SECONDS);
                }
            }
        };
        Pipeline p = pipeline(engine, new Aggregation(50, 5000));
        p.service.accept(InboundMessage.text(Channel.API, "bia", null, "tem air fryer?"));
        assertThat(preparing.await(10, TimeUnit.SECONDS)).isTrue();
        Accepted second = p.service.accept(InboundMessage.text(Channel.API, "bia", null, "de 127V"));
        secondStored.countDown();
        var replies = p.service.awaitReplies(second.messageId(), Duration.ofSeconds(10)).orElseThrow();
        assertThat(replies.replies()).extracting(MessageView::text).containsExactly("eco: tem air fryer? | de 127V");
        assertThat(p.count("SELECT count(*) FROM messages WHERE direction = 'outbound'")).isEqualTo(1);
        assertThat(p.count("SELECT count(*) FROM turns")).isEqualTo(1);
    }

    @Test
    void shouldRetryAFailingEngineThenApologiseAndHandOff() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        ScriptedEngine broken = new ScriptedEngine(0) {
            @Override
            void beforeAnswer(EngineRequest request) {
                attempts.incrementAndGet();
                throw new IllegalStateException("provider down");
            }
        };
        Pipeline p = pipeline(broken, IMMEDIATE);
        Accepted accepted = p.service.accept(InboundMessage.text(Channel.API, "dora", null, "oi"));
        var replies = p.service.awaitReplies(accepted.messageId(), Duration.ofSeconds(15)).orElseThrow();
        assertThat(replies.replies()).extracting(MessageView::text).containsExactly("Desculpe, tive um problema agora.");
        assertThat(attempts.get()).isEqualTo(3);
        assertThat(p.service.find(accepted.conversationId()).orElseThrow().handoff().state()).isEqualTo("requested");
        // the audit trail says why: the turn's event carries what was "understood", here the engine's failure
        assertThat(p.conversations.events(accepted.conversationId()))
                .filteredOn(e -> e.type().equals("turn.completed")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("intent", "engine_failure")
                        .containsEntry("route", "failure").containsEntry("replies", 1));
    }

    @Test
    void shouldAnswerNormallyAfterATransientEngineFailure() {
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        ScriptedEngine flaky = new ScriptedEngine(0) {
            @Override
            void beforeAnswer(EngineRequest request) {
                if (attempts.incrementAndGet() == 1) {
                    throw new IllegalStateException("timeout");
                }
            }
        };
        Pipeline p = pipeline(flaky, IMMEDIATE);
        Accepted accepted = p.service.accept(InboundMessage.text(Channel.API, "eva", null, "oi"));
        var replies = p.service.awaitReplies(accepted.messageId(), Duration.ofSeconds(15)).orElseThrow();
        assertThat(replies.replies()).extracting(MessageView::text).containsExactly("eco: oi");
        assertThat(p.count("SELECT count(*) FROM messages WHERE direction = 'outbound'")).isEqualTo(1);
    }

    @Test
    void shouldNotAcknowledgeWhenStorageFails() {
        Pipeline p = pipeline(new ScriptedEngine(0), IMMEDIATE);
        p.jdbc.sql("ALTER TABLE messages RENAME TO messages_gone").update();
        assertThatThrownBy(() -> p.service.accept(InboundMessage.text(Channel.API, "caio", "x-1", "oi")))
                .isInstanceOf(RuntimeException.class);
        p.jdbc.sql("ALTER TABLE messages_gone RENAME TO messages").update();
        // the failed accept left nothing half-written: no contact, no conversation
        assertThat(p.count("SELECT count(*) FROM contacts")).isZero();
        assertThat(p.count("SELECT count(*) FROM conversations")).isZero();
    }

    @Test
    void shouldRejectBlankTextWithoutStoringAnything() {
        Pipeline p = pipeline(new ScriptedEngine(0), IMMEDIATE);
        assertThatThrownBy(() -> p.service.accept(InboundMessage.text(Channel.API, "caio", null, "   ")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> p.service.accept(InboundMessage.text(Channel.API, "", null, "oi")))
                .isInstanceOf(InvalidMessageException.class).hasMessageContaining("contact");
        assertThat(p.count("SELECT count(*) FROM contacts")).isZero();
    }
}
