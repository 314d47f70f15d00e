package io.atende.llm;

import java.util.function.Consumer;

/**
 * The one way the product calls a model. The gateway chooses the provider and model for the request's feature,
 * masks personal data, enforces budgets, retries 429 and 5xx with backoff, opens a circuit after repeated
 * failures, and writes one {@link CostEntry} per call — also for calls that failed.
 */
public interface ModelGateway {

    /**
     * Calls the feature's model and waits for the whole answer.
     *
     * @throws LlmException when no usable answer came (the caller falls back)
     */
    LlmReply chat(LlmRequest request);

    /**
     * Like {@link #chat}, handing each piece of the answer's text to {@code partial} as it arrives. Retries happen
     * only before the first piece was handed over.
     */
    LlmReply stream(LlmRequest request, Consumer<String> partial);

    /** Whether a model is configured for the feature (otherwise every call throws {@code NOT_CONFIGURED}). */
    boolean serves(Feature feature);
}
