package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.pack.StoreIdentity.Reengagement;
import io.atende.shared.ConversationId;
import io.atende.testsupport.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Re-engagement and opt-out against the real pipeline on a real database, with a test clock: a follow-up after the
 * silence, exactly once (also when schedulers race), never across a customer message, a person, an opt-out or a
 * closed conversation.
 */
abstract class ReengagementContract extends PipelineTestBase {

    private static final Aggregation IMMEDIATE = new Aggregation(0, 0);
    private static final Duration SILENCE = Duration.ofMinutes(30);
    private static final String FOLLOW_UP = "Oi! Ficou alguma dúvida? Se não quiser mais mensagens, responda PARAR.";

    private final MutableClock clock = new MutableClock();
    private volatile FollowUps.Plan plan = new FollowUps.Plan(new Reengagement(SILENCE, 1, "retomar_conversa"), FOLLOW_UP);

    /** How many application instances share the database in the race test. */
    protected abstract int instances();

    /** Echoes, and opts out on "PARAR" and in again on "VOLTAR", as the local engine proposes for those texts. */
    private static final Engine ENGINE = new Engine() {
        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public EngineDecision decide(EngineRequest request) {
            return switch (request.combinedText()) {
                case "PARAR" -> EngineDecision.of(new EngineCommand.OptOut("PARAR"), new EngineCommand.Say("parei"));
                case "VOLTAR" -> EngineDecision.of(new EngineCommand.OptIn("VOLTAR"), new EngineCommand.Say("voltei"));
                default -> EngineDecision.of(new EngineCommand.Say("eco: " + request.combinedText()));
            };
        }
    };

    private Pipeline pipeline() {
        return started(new Pipeline(newPool(6), cipher, ENGINE, IMMEDIATE, Duration.ofSeconds(15), clock, () -> plan));
    }

    /** Sends a customer message and waits for the agent's answer. */
    private static ConversationId answered(Pipeline p, Channel channel, String contact, String text) {
        Accepted accepted = p.service.accept(InboundMessage.text(channel, contact, null, text));
        await().atMost(Duration.ofSeconds(10)).until(() -> p.service.answeringTurn(accepted.messageId()).isPresent());
        return accepted.conversationId();
    }

    private static ConversationId answered(Pipeline p, String contact, String text) {
        return answered(p, Channel.API, contact, text);
    }

    private static long followUpsOf(Pipeline p, ConversationId id) {
        return p.service.find(id).orElseThrow().messages().stream()
                .filter(m -> m.direction() == Direction.OUTBOUND && FOLLOW_UP.equals(m.text())).count();
    }

    private static List<ConversationStore.StoredEvent> events(Pipeline p, ConversationId id, String type) {
        return p.conversations.events(id).stream().filter(e -> e.type().equals(type)).toList();
    }

    private static boolean pending(Pipeline p, ConversationId id) {
        return p.count("SELECT count(*) FROM turn_queue WHERE conversation_id = ? AND followup_due_at IS NOT NULL",
                id.value()) == 1;
    }

    @Test
    void shouldSendOneFollowUpAfterSilence() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "ana", "oi");
        List<ConversationUpdate> seen = new CopyOnWriteArrayList<>();
        p.service.subscribe(id, seen::add);
        clock.advance(SILENCE.minusSeconds(1));
        assertThat(p.followUps.sendDue(10)).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(p.followUps.sendDue(10)).isEqualTo(1);
        MessageView last = p.service.find(id).orElseThrow().messages().getLast();
        assertThat(last.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(last.author()).isEqualTo("agent");
        assertThat(last.text()).isEqualTo(FOLLOW_UP);
        assertThat(last.createdAt()).isEqualTo(clock.instant());
        assertThat(seen).contains(new ConversationUpdate.MessagesStored(id));
        assertThat(events(p, id, "reengagement.sent")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("followup", 1).containsEntry("max_followups", 1));
        // max_followups 1: one per silence, however long it lasts
        clock.advance(SILENCE.multipliedBy(5));
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(followUpsOf(p, id)).isEqualTo(1);
        assertThat(pending(p, id)).isFalse();
    }

    @Test
    void shouldSendUpToMaxFollowUpsPerSilenceAndCountAgainAfterTheCustomerWrites() {
        plan = new FollowUps.Plan(new Reengagement(SILENCE, 2, null), FOLLOW_UP);
        Pipeline p = pipeline();
        ConversationId id = answered(p, "bia", "oi");
        for (int i = 0; i < 3; i++) {
            clock.advance(SILENCE);
            p.followUps.sendDue(10);
        }
        assertThat(followUpsOf(p, id)).isEqualTo(2);
        answered(p, "bia", "voltei");
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isEqualTo(1);
        assertThat(followUpsOf(p, id)).isEqualTo(3);
    }

    @Test
    void shouldNotSendAfterAnInboundMessage() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "caio", "oi");
        assertThat(pending(p, id)).isTrue();
        p.worker.stop(); // the next message stays unanswered: only the inbound message itself acts
        p.service.accept(InboundMessage.text(Channel.API, "caio", null, "ainda estou aqui"));
        assertThat(pending(p, id)).isFalse();
        clock.advance(SILENCE.multipliedBy(2));
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(followUpsOf(p, id)).isZero();
    }

    @Test
    void shouldNotSendWhileAPersonHandlesTheConversation() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "duda", "oi");
        p.tx.executeWithoutResult(s -> p.conversations.saveState(id, Map.of(), null, "human", "atendente assumiu",
                clock.instant()));
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(followUpsOf(p, id)).isZero();
        assertThat(events(p, id, "reengagement.cancelled")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("reason", "handoff"));
        assertThat(pending(p, id)).isFalse();
    }

    @Test
    void shouldNotSendWhenTheConversationIsClosed() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "edu", "oi");
        p.jdbc.sql("UPDATE conversations SET status = 'closed' WHERE id = ?").param(id.value()).update();
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(followUpsOf(p, id)).isZero();
        assertThat(events(p, id, "reengagement.cancelled")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("reason", "closed"));
    }

    @Test
    void shouldNotCrossARunningTurn() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "fabi", "oi");
        p.worker.stop();
        // as a worker of another instance holds it while the engine prepares a reply
        p.jdbc.sql("UPDATE turn_queue SET lease_token = 'other', lease_until = ? WHERE conversation_id = ?")
                .params(Times.db(clock.instant().plus(SILENCE.multipliedBy(2))), id.value()).update();
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(pending(p, id)).as("still due once the turn is over").isTrue();
        p.jdbc.sql("UPDATE turn_queue SET lease_token = NULL, lease_until = NULL WHERE conversation_id = ?")
                .param(id.value()).update();
        assertThat(p.followUps.sendDue(10)).isEqualTo(1);
    }

    @Test
    void shouldRecordOptOutWithTimeAndTextAndSendNoMoreFollowUps() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "gabi", "oi");
        java.time.Instant optedOutAt = clock.instant();
        answered(p, "gabi", "PARAR");
        ConversationView view = p.service.find(id).orElseThrow();
        assertThat(view.optedOut()).isTrue();
        assertThat(view.optedOutAt()).isEqualTo(optedOutAt);
        assertThat(view.messages().getLast().text()).isEqualTo("parei");
        assertThat(events(p, id, "contact.opted_out")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("text", "PARAR")
                        .containsEntry("at", optedOutAt.toString()));
        // the customer's words are sealed at rest, like every other customer text
        assertThat(p.jdbc.sql("SELECT opt_out_text FROM contact_preferences").query(String.class).single())
                .startsWith("enc1:").doesNotContain("PARAR");
        assertThat(pending(p, id)).as("the confirmation starts no silence").isFalse();
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isZero();
        // still talks to the agent, still gets no follow-up
        answered(p, "gabi", "qual o prazo?");
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(followUpsOf(p, id)).isZero();
    }

    @Test
    void shouldCancelAFollowUpDueWhenTheContactOptedOutMeanwhile() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "hugo", "oi");
        p.tx.executeWithoutResult(s -> p.conversations.recordProactiveConsent(id,
                new TurnEffects.ProactiveConsent(true, "não quero mais mensagens", clock.instant())));
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(events(p, id, "reengagement.cancelled")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("reason", "opted_out"));
    }

    @Test
    void shouldRecordOptInAgainAndFollowUpAgain() {
        Pipeline p = pipeline();
        ConversationId id = answered(p, "iara", "PARAR");
        java.time.Instant optedInAt = clock.instant().plusSeconds(60);
        clock.advance(Duration.ofSeconds(60));
        answered(p, "iara", "VOLTAR");
        assertThat(p.service.find(id).orElseThrow().optedOut()).isFalse();
        assertThat(events(p, id, "contact.opted_in")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("text", "VOLTAR")
                        .containsEntry("at", optedInAt.toString()));
        assertThat(p.jdbc.sql("SELECT opted_in_at FROM contact_preferences")
                .query((rs, n) -> Times.read(rs, "opted_in_at")).single()).isEqualTo(optedInAt);
        clock.advance(SILENCE);
        assertThat(p.followUps.sendDue(10)).isEqualTo(1);
    }

    @Test
    void shouldNameTheWhatsAppTemplateOnceTheWindowHasClosed() {
        plan = new FollowUps.Plan(new Reengagement(Duration.ofHours(25), 1, "retomar_conversa"), FOLLOW_UP);
        Pipeline p = pipeline();
        ConversationId withTemplate = answered(p, Channel.WHATSAPP, "5531999990001", "oi");
        clock.advance(Duration.ofHours(25));
        assertThat(p.followUps.sendDue(10)).isEqualTo(1);
        assertThat(events(p, withTemplate, "reengagement.sent")).singleElement().satisfies(e -> assertThat(e.payload())
                .containsEntry("whatsapp_window", "closed").containsEntry("whatsapp_template", "retomar_conversa"));
        // the outbox sends the template, not the free text
        assertThat(p.count("SELECT count(*) FROM messages WHERE conversation_id = ? AND delivery_status = 'pending'"
                + " AND delivery_template = 'retomar_conversa'", withTemplate.value())).isEqualTo(1);
        // without an approved template, WhatsApp would refuse free text after 24 hours
        plan = new FollowUps.Plan(new Reengagement(Duration.ofHours(25), 1, null), FOLLOW_UP);
        ConversationId without = answered(p, Channel.WHATSAPP, "5531999990002", "oi");
        clock.advance(Duration.ofHours(25));
        assertThat(p.followUps.sendDue(10)).isZero();
        assertThat(events(p, without, "reengagement.cancelled")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("reason", "whatsapp_window_closed"));
    }

    @Test
    void shouldSendExactlyOneFollowUpWhenSchedulersRace() throws Exception {
        List<Pipeline> nodes = new ArrayList<>();
        for (int i = 0; i < instances(); i++) {
            nodes.add(pipeline());
        }
        int conversations = 12;
        List<ConversationId> ids = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            ids.add(answered(nodes.get(c % nodes.size()), "race-" + c, "oi"));
        }
        clock.advance(SILENCE);
        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Pipeline node = nodes.get(t % nodes.size());
            Callable<Integer> send = () -> {
                go.await();
                return node.followUps.sendDue(conversations);
            };
            sent.add(pool.submit(send));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // a scheduler that found a row locked by another skipped it; one more pass sends anything left
        total += nodes.getFirst().followUps.sendDue(conversations);
        assertThat(total).isEqualTo(conversations);
        Pipeline any = nodes.getFirst();
        for (ConversationId id : ids) {
            assertThat(followUpsOf(any, id)).as("follow-ups of %s", id).isEqualTo(1);
            assertThat(events(any, id, "reengagement.sent")).hasSize(1);
        }
    }
}
