package io.atende.llm;

import java.util.function.Consumer;

/**
 * One step of the gateway's chain: a provider at the bottom, and around it, each written once, the ledger, the
 * retries, the masking, the circuit breaker and the budgets.
 */
interface ModelCall {

    /**
     * @param partial the streamed text's receiver, or {@code null} for a plain call
     * @throws LlmException when no usable answer came
     */
    ChatProvider.Answer call(ModelRef model, LlmRequest request, Consumer<String> partial);
}
