package io.atende.llm;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The gateway: picks the feature's model and sends the call down one chain — budgets, circuit breaker, masking,
 * retries, the ledger, the provider — each link written once, so no provider repeats any of it.
 */
public final class RoutingModelGateway implements ModelGateway {

    private final Supplier<ModelRoutes> routes;
    private final ModelCall chain;

    RoutingModelGateway(Supplier<ModelRoutes> routes, ModelCall chain) {
        this.routes = routes;
        this.chain = chain;
    }

    /**
     * @param routes the models per feature now (the pack may change while the application runs)
     */
    public static RoutingModelGateway create(ChatProvider provider, Supplier<ModelRoutes> routes, CostLedger ledger,
                                             PriceTable prices, LlmProperties properties, Clock clock) {
        return create(provider, null, routes, ledger, prices, properties, clock);
    }

    /**
     * @param provider      the chat provider, or {@code null} when none is configured (transcription alone)
     * @param transcription where {@link Feature#TRANSCRIPTION} calls go, or {@code null} when voice notes are not read
     */
    static RoutingModelGateway create(ChatProvider provider, ModelCall transcription, Supplier<ModelRoutes> routes,
                                      CostLedger ledger, PriceTable prices, LlmProperties properties, Clock clock) {
        ModelCall providerCall = (model, request, partial) -> {
            ModelCall target = request.feature() == Feature.TRANSCRIPTION ? transcription
                    : provider == null ? null : (m, r, p) -> provider.call(m.model(), r, p);
            if (target == null) {
                throw new LlmException(LlmException.Kind.NOT_CONFIGURED,
                        "no provider is configured for " + request.feature().wireName());
            }
            return target.call(model, request, partial);
        };
        ModelCall recorded = new LedgerRecorder(providerCall, ledger, prices, new TokenEstimator(), clock);
        ModelCall retried = new RetryingCall(recorded, properties.retries(), properties.backoffMs(), Thread::sleep);
        ModelCall masked = new MaskingCall(retried);
        ModelCall guarded = new CircuitBreaker(masked, properties.breakerFailures(), properties.breakerOpenMs(), clock);
        return new RoutingModelGateway(routes, new BudgetGuard(guarded, ledger, properties, clock));
    }

    @Override
    public LlmReply chat(LlmRequest request) {
        return stream(request, null);
    }

    @Override
    public LlmReply stream(LlmRequest request, Consumer<String> partial) {
        ModelRef model = routes.get().route(request.feature()).orElseThrow(() -> new LlmException(
                LlmException.Kind.NOT_CONFIGURED, "no model is configured for " + request.feature().wireName()));
        long started = System.nanoTime();
        // a model call is a wait on the network: a turn holding a core of the CPU gate gives it back meanwhile
        ChatProvider.Answer answer = io.atende.shared.CpuGate.whileWaiting(() -> chain.call(model, request, partial));
        return new LlmReply(answer.text(), answer.toolCalls(), answer.usage(), model.provider(), model.model(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public boolean serves(Feature feature) {
        return routes.get().route(feature).isPresent();
    }
}
