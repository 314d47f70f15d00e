package io.atende.engine.llm;

import io.atende.engine.EngineRequest;
import io.atende.llm.Feature;
import io.atende.llm.LlmMessage;
import io.atende.llm.LlmRequest;
import io.atende.llm.ModelGateway;
import io.atende.pack.PromptTemplates;
import io.atende.pack.StoreIdentity;
import java.util.List;
import java.util.Map;

/**
 * Writes the reply the customer reads with the conversation model, from the turn's sources, and keeps it honest: a
 * draft with a figure no source holds is written again once with a note naming the figures; a draft that still has
 * one, or that shows an injection worked, is {@link UnusableOutput} and the turn falls back.
 */
final class ReplyWriter {

    /** A WhatsApp-sized answer; longer drafts are cut by the provider, not trusted to stop. */
    static final int MAX_TOKENS = 500;

    private final ModelGateway gateway;
    private final PromptTemplates prompts;
    private final StoreIdentity store;
    private final GroundingGuardrail grounding = new GroundingGuardrail();
    private final InjectionGuardrail injection;
    /** Where this thread's turn shows its reply as it is written; unset: no one watches, the reply is fetched whole. */
    private final ThreadLocal<java.util.function.Consumer<String>> drafts = new ThreadLocal<>();

    ReplyWriter(ModelGateway gateway, PromptTemplates prompts, StoreIdentity store, InjectionGuardrail injection) {
        this.gateway = gateway;
        this.prompts = prompts;
        this.store = store;
        this.injection = injection;
    }

    /** Runs {@code turn} with its first reply draft streamed, sentence by sentence once checked, to {@code draft}. */
    <T> T streaming(java.util.function.Consumer<String> draft, java.util.function.Supplier<T> turn) {
        drafts.set(draft);
        try {
            return turn.get();
        } finally {
            drafts.remove();
        }
    }

    /** The reply for this turn from what the sources hold. */
    String write(EngineRequest request, TurnSources sources) {
        return write(request, sources, null);
    }

    /**
     * @param task what to write when it is not a plain answer (the {@code closing_message} of a finished journey),
     *             added after the sources; null for an answer
     */
    String write(EngineRequest request, TurnSources sources, String task) {
        String system = prompts.render("conversation", Map.of("store", store.name(),
                "persona", store.persona() == null ? "" : store.persona(),
                "tone", store.tone() == null ? "" : store.tone(),
                "sources", sources.context(prompts), "attributes", sources.attributes()));
        if (task != null) {
            system = system + "\n\n" + task;
        }
        String draft = draft(system, request, sources);
        List<String> unsupported = grounding.unsupported(draft, sources.grounding(prompts));
        if (unsupported.isEmpty()) {
            return draft;
        }
        String retry = system + "\n\n" + prompts.render("guardrail_retry",
                Map.of("figures", String.join(", ", unsupported)));
        String second = draft(retry, request, null);
        if (!grounding.unsupported(second, sources.grounding(prompts)).isEmpty()) {
            throw new UnusableOutput("the reply cited figures no source holds, twice");
        }
        return second;
    }

    /** A text the decision model wrote for the customer (a clarifying question): checked, never rewritten. */
    String checked(String text, TurnSources sources) {
        String problem = injection.problem(text);
        if (problem != null) {
            throw new UnusableOutput(problem);
        }
        if (!grounding.unsupported(text, sources.grounding(prompts)).isEmpty()) {
            throw new UnusableOutput("the question cited figures no source holds");
        }
        return text.strip();
    }

    /** @param streamed the sources to check a streamed draft against, or null to fetch the draft whole */
    private String draft(String system, EngineRequest request, TurnSources streamed) {
        List<LlmMessage> messages = Dialogue.messages(system, request);
        LlmRequest call = LlmRequest.of(request.conversationId(), Feature.CONVERSATION, messages, MAX_TOKENS);
        java.util.function.Consumer<String> watcher = streamed == null ? null : drafts.get();
        String text;
        if (watcher == null) {
            text = gateway.chat(call).text().strip();
        } else {
            // a draft is streamed once per turn: a rewrite would restart a text the customer already saw growing
            drafts.remove();
            String grounding = streamed.grounding(prompts);
            DraftGate gate = new DraftGate(t -> injection.problem(t) == null
                    && this.grounding.unsupported(t, grounding).isEmpty(), watcher);
            text = gateway.stream(call, gate).text().strip();
            gate.finish();
        }
        if (text.isEmpty()) {
            throw new UnusableOutput("the conversation model wrote nothing");
        }
        String problem = injection.problem(text);
        if (problem != null) {
            throw new UnusableOutput(problem);
        }
        return text;
    }
}
