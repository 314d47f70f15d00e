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
}
