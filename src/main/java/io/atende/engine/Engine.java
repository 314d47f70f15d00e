package io.atende.engine;

/**
 * Decides what the agent does in one turn. The engine only proposes: it returns typed
 * {@link EngineCommand}s and the conversation runtime applies them. This is what makes the
 * local and LLM engines interchangeable.
 */
public interface Engine {

    /** A short name recorded with each turn, e.g. {@code local}. */
    String name();

    /** Decides the commands for one turn; must not touch storage. */
    EngineDecision decide(EngineRequest request);

    /**
     * Like {@link #decide(EngineRequest)}, showing the reply while it is written: {@code draft} receives the whole
     * text written so far, each time it grows. A draft is only a preview — the decision's {@code Say} commands are
     * what the customer keeps — so an engine that writes its replies at once (the local one) sends none.
     */
    default EngineDecision decide(EngineRequest request, java.util.function.Consumer<String> draft) {
        return decide(request);
    }
}
