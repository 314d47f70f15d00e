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

    ReplyWriter(ModelGateway gateway, PromptTemplates prompts, StoreIdentity store, InjectionGuardrail injection) {
        this.gateway = gateway;
        this.prompts = prompts;
        this.store = store;
        this.injection = injection;
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
        String draft = draft(system, request);
        List<String> unsupported = grounding.unsupported(draft, sources.grounding(prompts));
        if (unsupported.isEmpty()) {
            return draft;
        }
        String retry = system + "\n\n" + prompts.render("guardrail_retry",
                Map.of("figures", String.join(", ", unsupported)));
        String second = draft(retry, request);
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

    private String draft(String system, EngineRequest request) {
        List<LlmMessage> messages = Dialogue.messages(system, request);
        String text = gateway.chat(LlmRequest.of(request.conversationId(), Feature.CONVERSATION, messages,
                MAX_TOKENS)).text().strip();
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
