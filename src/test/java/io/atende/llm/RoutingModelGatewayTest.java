package io.atende.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atende.shared.ConversationId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingModelGatewayTest {

    private static final ModelPrice MINI = new ModelPrice("openai", "gpt-4o-mini", LocalDate.of(2024, 7, 18), "USD",
            new BigDecimal("0.15"), new BigDecimal("0.075"), new BigDecimal("0.60"), "test");

    private final ScriptedProvider provider = new ScriptedProvider();
    private final InMemoryCostLedger ledger = new InMemoryCostLedger();
    private final ConversationId conversation = ConversationId.random();

    static LlmProperties limits(int retries, int breakerFailures, long conversationTokens) {
        return new LlmProperties("openai", "", "", "gpt-4o-mini", "", "", "", "", "", 1000, retries, 1,
                breakerFailures, 60_000, 4, conversationTokens, 0, BigDecimal.ZERO, BigDecimal.ZERO, "USD", "");
    }

    private ModelGateway gateway(LlmProperties limits) {
        return RoutingModelGateway.create(provider, () -> ModelRoutes.of(limits, Map.of()), ledger,
                PriceTable.of(List.of(MINI)), limits, Clock.systemUTC());
    }

    private LlmRequest ask(String text) {
        return LlmRequest.of(conversation, Feature.CONVERSATION, List.of(new LlmMessage.System("Você é a Aurora."),
                new LlmMessage.User(text)), 200);
    }

    @Test
    void shouldRecordTheProvidersTokensAndTheListPrice() {
        provider.answer("Olá!", Usage.reported(1200, 80, 1000));

        LlmReply reply = gateway(limits(0, 5, 0)).chat(ask("oi"));

        assertThat(reply.text()).isEqualTo("Olá!");
        CostEntry row = ledger.forConversation(conversation).getFirst();
        assertThat(row.inputTokens()).isEqualTo(1200);
        assertThat(row.outputTokens()).isEqualTo(80);
        assertThat(row.cachedTokens()).isEqualTo(1000);
        assertThat(row.estimated()).isFalse();
        // 200 uncached x 0.15 + 1000 cached x 0.075 + 80 x 0.60, per million
        assertThat(row.price()).isEqualByComparingTo("0.000153");
        assertThat(row.priceId()).isEqualTo("openai/gpt-4o-mini@2024-07-18");
        assertThat(row.outcome()).isEqualTo("ok");
        assertThat(row.feature()).isEqualTo(Feature.CONVERSATION);
    }

    @Test
    void shouldEstimateTokensAndSaySoWhenTheProviderReportsNone() {
        provider.answer("Temos sim, o frete é grátis acima de R$ 199.", null);

        gateway(limits(0, 5, 0)).chat(ask("vcs tem frete gratis?"));

        CostEntry row = ledger.forConversation(conversation).getFirst();
        assertThat(row.estimated()).isTrue();
        assertThat(row.inputTokens()).isBetween(10L, 40L);
        assertThat(row.outputTokens()).isBetween(8L, 25L);
    }

    @Test
    void shouldRetryARateLimitAndRecordEachAttempt() {
        provider.fail(LlmException.Kind.RATE_LIMITED).fail(LlmException.Kind.SERVER_ERROR)
                .answer("Pronto.", Usage.reported(30, 3, 0));

        LlmReply reply = gateway(limits(2, 5, 0)).chat(ask("oi"));

        assertThat(reply.text()).isEqualTo("Pronto.");
        assertThat(ledger.forConversation(conversation)).extracting(CostEntry::outcome)
                .containsExactly("rate_limited", "server_error", "ok");
    }

    @Test
    void shouldGiveUpAfterTheRetriesAndNotRetryARefusedRequest() {
        provider.fail(LlmException.Kind.SERVER_ERROR).fail(LlmException.Kind.SERVER_ERROR);
        assertThatThrownBy(() -> gateway(limits(1, 5, 0)).chat(ask("oi")))
                .isInstanceOfSatisfying(LlmException.class, e -> assertThat(e.kind())
                        .isEqualTo(LlmException.Kind.SERVER_ERROR));
        assertThat(provider.received).hasSize(2);

        provider.fail(LlmException.Kind.INVALID_REQUEST);
        assertThatThrownBy(() -> gateway(limits(3, 5, 0)).chat(ask("oi"))).isInstanceOf(LlmException.class);
        assertThat(provider.received).hasSize(3);
    }

    @Test
    void shouldWaitAtLeastWhatRetryAfterAsks() {
        List<Long> waits = new ArrayList<>();
        provider.fail(new LlmException(LlmException.Kind.RATE_LIMITED, "429", null, 1500))
                .answer("ok", Usage.reported(1, 1, 0));
        ModelCall call = new RetryingCall((m, r, p) -> provider.call(m.model(), r, p), 2, 100, waits::add);

        call.call(new ModelRef("openai", "gpt-4o-mini"), ask("oi"), null);

        assertThat(waits).containsExactly(1500L);
    }

    @Test
    void shouldOpenTheCircuitAfterRepeatedFailuresAndStopCallingTheProvider() {
        ModelGateway gateway = gateway(limits(0, 2, 0));
        provider.fail(LlmException.Kind.TIMEOUT).fail(LlmException.Kind.TIMEOUT);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> gateway.chat(ask("oi"))).isInstanceOf(LlmException.class);
        }

        assertThatThrownBy(() -> gateway.chat(ask("oi"))).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.CIRCUIT_OPEN));
        assertThat(provider.received).hasSize(2);
    }

    @Test
    void shouldCloseTheCircuitWhenTheTrialCallSucceeds() {
        MutableClock clock = new MutableClock();
        provider.fail(LlmException.Kind.TIMEOUT);
        ModelCall breaker = new CircuitBreaker((m, r, p) -> provider.call(m.model(), r, p), 1, 1000, clock);
        ModelRef model = new ModelRef("openai", "gpt-4o-mini");
        assertThatThrownBy(() -> breaker.call(model, ask("a"), null)).isInstanceOf(LlmException.class);
        assertThatThrownBy(() -> breaker.call(model, ask("b"), null)).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.CIRCUIT_OPEN));

        clock.advance(1001);

        assertThat(breaker.call(model, ask("c"), null).text()).isEqualTo("ok");
        assertThat(breaker.call(model, ask("d"), null).text()).isEqualTo("ok");
    }

    @Test
    void shouldRefuseACallOnceTheConversationSpentItsTokens() {
        provider.answer("a", Usage.reported(900, 100, 0));
        ModelGateway gateway = gateway(limits(0, 5, 1000));
        gateway.chat(ask("oi"));

        assertThatThrownBy(() -> gateway.chat(ask("oi de novo"))).isInstanceOfSatisfying(LlmException.class,
                e -> assertThat(e.kind()).isEqualTo(LlmException.Kind.BUDGET_EXHAUSTED));
        assertThat(provider.received).hasSize(1);
    }

    @Test
    void shouldRetryAStreamOnlyBeforeItsFirstPieceWasShown() {
        provider.fail(LlmException.Kind.SERVER_ERROR).answer("Oi, tudo bem?", Usage.reported(5, 4, 0));
        List<String> shown = new ArrayList<>();

        LlmReply reply = gateway(limits(1, 5, 0)).stream(ask("oi"), shown::add);

        assertThat(String.join("", shown)).isEqualTo("Oi, tudo bem?");
        assertThat(reply.text()).isEqualTo("Oi, tudo bem?");
    }

    @Test
    void shouldSayWhichFeatureHasNoModel() {
        assertThatThrownBy(() -> gateway(limits(0, 5, 0)).chat(LlmRequest.of(conversation, Feature.VISION,
                List.of(new LlmMessage.User("foto")), 100))).isInstanceOfSatisfying(LlmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(LlmException.Kind.NOT_CONFIGURED);
                    assertThat(e.getMessage()).contains("vision");
                });
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private long millis = 1_000_000;

        void advance(long ms) {
            millis += ms;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(millis);
        }
    }
}
