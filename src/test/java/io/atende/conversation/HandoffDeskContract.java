package io.atende.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.pack.StoreIdentity.Aggregation;
import io.atende.shared.ConversationId;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The human handoff on the real pipeline and database: the agent is silent while a person has the conversation
 * (or it waits for one), the person's actions win over a turn running at that moment, and handing back brings
 * the agent back.
 */
abstract class HandoffDeskContract extends PipelineTestBase {

    private static final Aggregation IMMEDIATE = new Aggregation(0, 0);
    private static final Duration WAIT = Duration.ofSeconds(15);


    /** Answers "eco: ..." and asks for a person when the customer says "pessoa". */
    static class AsksForPerson extends ScriptedEngine {
        AsksForPerson() {
            super(0);
        }

        @Override
        public EngineDecision decide(EngineRequest request) {
            EngineDecision echo = super.decide(request);
            if (String.join(" ", request.turnTexts()).contains("pessoa")) {
                return EngineDecision.of(new EngineCommand.Say("Vou chamar alguém da equipe."),
                        new EngineCommand.RequestHandoff("o cliente pediu uma pessoa"));
            }
            return echo;
        }
    }

    private Pipeline pipeline(ScriptedEngine engine, HandoffNotice notice) {
        return pipeline(engine, notice, IMMEDIATE);
    }

    private Pipeline pipeline(ScriptedEngine engine, HandoffNotice notice, Aggregation aggregation) {
        return started(new Pipeline(newPool(8), cipher, engine, aggregation, Duration.ofSeconds(15),
                java.time.Clock.systemUTC(), () -> null, notice));
    }

    private static List<String> say(Pipeline p, String contact, String text) {
        Accepted accepted = p.service.accept(InboundMessage.text(Channel.API, contact, null, text));
        return p.service.awaitReplies(accepted.messageId(), WAIT).orElseThrow().replies().stream()
                .map(MessageView::text).toList();
    }

    private static ConversationId conversationOf(Pipeline p, String contact) {
        return p.service.recent(50).stream().filter(s -> s.contact().equals(contact)).findFirst().orElseThrow().id();
    }

    @Test
    void shouldStaySilentWithAPersonAndAnswerAgainAfterHandBack() {
        AsksForPerson engine = new AsksForPerson();
        Pipeline p = pipeline(engine, HandoffNotice.NONE);
        assertThat(say(p, "bia", "quero falar com uma pessoa")).containsExactly("Vou chamar alguém da equipe.");
        ConversationId id = conversationOf(p, "bia");
        assertThat(p.desk.queue(10)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.handoff().state()).isEqualTo("requested");
            assertThat(s.handoff().reason()).isEqualTo("o cliente pediu uma pessoa");
            assertThat(s.handoff().since()).isNotNull();
        });
        int engineCalls = engine.calls.size();

        // waiting in the queue: stored, seen by a silent turn, not answered by the agent
        assertThat(say(p, "bia", "alô? tem alguém aí?")).isEmpty();
        assertThat(engine.calls).hasSize(engineCalls);

        p.desk.takeOver(id, "ana");
        var taken = p.service.find(id).orElseThrow().handoff();
        assertThat(taken.state()).isEqualTo("human");
        assertThat(taken.operator()).isEqualTo("ana");
        assertThat(taken.reason()).isEqualTo("o cliente pediu uma pessoa");

        p.desk.reply(id, "ana", "  Oi, aqui é a Ana. Como posso ajudar?  ");
        assertThat(say(p, "bia", "obrigada, é sobre a minha troca")).isEmpty();
        assertThat(engine.calls).hasSize(engineCalls);

        p.desk.handBack(id, "ana");
        assertThat(p.service.find(id).orElseThrow().handoff().state()).isEqualTo("none");
        assertThat(p.desk.queue(10)).isEmpty();
        assertThat(say(p, "bia", "e o frete?")).containsExactly("eco: e o frete?");

        List<MessageView> transcript = p.service.messagesAfter(id, 0, 100);
        assertThat(transcript).filteredOn(m -> m.author().equals("operator")).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("Oi, aqui é a Ana. Como posso ajudar?");
            assertThat(m.direction()).isEqualTo(Direction.OUTBOUND);
        });
        assertThat(p.service.timeline(id)).extracting(ConversationEvent::type)
                .containsSubsequence("handoff.requested", "handoff.taken", "operator.replied", "handoff.returned");
        assertThat(p.service.timeline(id)).filteredOn(e -> e.type().equals("handoff.taken")).singleElement()
                .satisfies(e -> assertThat(e.payload()).containsEntry("operator", "ana").containsEntry("from", "requested"));
    }

    @Test
    void shouldNotLetATurnRunningDuringATakeOverAnswerTheCustomer() throws Exception {
        CountDownLatch deciding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedEngine slow = new ScriptedEngine(0) {
            @Override
            void beforeAnswer(EngineRequest request) throws InterruptedException {
                if (request.turnTexts().contains("demorado")) {
                    deciding.countDown();
                    release.await(20, TimeUnit.SECONDS);
                }
            }
        };
        Pipeline p = pipeline(slow, HandoffNotice.NONE);
        Accepted accepted = p.service.accept(InboundMessage.text(Channel.API, "caio", null, "demorado"));
        assertThat(deciding.await(10, TimeUnit.SECONDS)).isTrue();

        p.desk.takeOver(accepted.conversationId(), "ana");
        release.countDown();

        var turn = p.service.awaitReplies(accepted.messageId(), WAIT).orElseThrow();
        assertThat(turn.replies()).isEmpty();
        assertThat(p.service.messagesAfter(accepted.conversationId(), 0, 100))
                .noneMatch(m -> m.text().startsWith("eco:"));
        assertThat(p.service.find(accepted.conversationId()).orElseThrow().handoff().state()).isEqualTo("human");
    }

    @Test
    void shouldLeaveMessagesSentToThePersonToThePersonWhenHandedBack() {
        AsksForPerson engine = new AsksForPerson();
        // a burst window: the customer's last message to the person is still waiting for its turn at the hand-back
        Pipeline p = pipeline(engine, HandoffNotice.NONE, new Aggregation(1500, 6000));
        say(p, "iris", "quero uma pessoa");
        ConversationId id = conversationOf(p, "iris");
        p.desk.takeOver(id, "ana");
        Accepted forThePerson = p.service.accept(InboundMessage.text(Channel.API, "iris", null, "é o tamanho 40"));
        p.desk.handBack(id, "ana");

        assertThat(p.service.awaitReplies(forThePerson.messageId(), WAIT).orElseThrow().replies()).isEmpty();
        assertThat(engine.calls).noneMatch(c -> c.texts().contains("é o tamanho 40"));
        assertThat(say(p, "iris", "e o frete?")).containsExactly("eco: e o frete?");
    }

    @Test
    void shouldTellTheCustomerWhenSomeoneAnswersOutsideBusinessHours() {
        Pipeline p = pipeline(new AsksForPerson(), now -> Optional.of("Nossa equipe volta segunda-feira, às 09:00."));
        assertThat(say(p, "duda", "quero uma pessoa"))
                .containsExactly("Vou chamar alguém da equipe.", "Nossa equipe volta segunda-feira, às 09:00.");
        // said once, when the person is asked for; not again while the customer waits
        assertThat(say(p, "duda", "oi?")).isEmpty();
    }

    @Test
    void shouldListLongestWaitingFirst() {
        Pipeline p = pipeline(new AsksForPerson(), HandoffNotice.NONE);
        say(p, "eva", "uma pessoa, por favor");
        say(p, "fabio", "pessoa!");
        say(p, "gil", "oi");
        assertThat(p.desk.queue(10)).extracting(ConversationSummary::contact).containsExactly("eva", "fabio");
        p.desk.takeOver(conversationOf(p, "eva"), "ana");
        // taking over keeps the queue's order: the wait began when the customer asked
        assertThat(p.desk.queue(10)).extracting(ConversationSummary::contact).containsExactly("eva", "fabio");
    }

    @Test
    void shouldRefuseABlankReplyOrAnUnknownConversationAndChangeNothing() {
        Pipeline p = pipeline(new AsksForPerson(), HandoffNotice.NONE);
        say(p, "hugo", "oi");
        ConversationId id = conversationOf(p, "hugo");
        long before = p.count("SELECT count(*) FROM messages");

        assertThatThrownBy(() -> p.desk.reply(id, "ana", "   ")).isInstanceOf(InvalidMessageException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> p.desk.reply(id, "ana", "x".repeat(ConversationService.MAX_TEXT + 1)))
                .isInstanceOf(InvalidMessageException.class);
        assertThatThrownBy(() -> p.desk.takeOver(ConversationId.random(), "ana")).isInstanceOf(NoSuchElementException.class);

        assertThat(p.count("SELECT count(*) FROM messages")).isEqualTo(before);
        assertThat(p.service.find(id).orElseThrow().handoff().state()).isEqualTo("none");
    }
}
