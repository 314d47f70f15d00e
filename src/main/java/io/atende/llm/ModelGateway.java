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

    /**
     * Transcribes a voice note with the transcription model (or the local whisper.cpp), through the same budgets,
     * retries and ledger as any call. The reply's text is the transcript.
     *
     * @param language the expected language ({@code pt}, {@code en}), a hint for the model
     */
    default LlmReply transcribe(io.atende.shared.ConversationId conversation, byte[] audio, String mimeType,
                                String language) {
        return chat(new LlmRequest(conversation, Feature.TRANSCRIPTION, java.util.List.of(
                new LlmMessage.Audio(mimeType, audio, language)), java.util.List.of(), false, 1, null));
    }

    /** Whether a model is configured for the feature (otherwise every call throws {@code NOT_CONFIGURED}). */
    boolean serves(Feature feature);
}
