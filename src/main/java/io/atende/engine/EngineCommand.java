package io.atende.engine;

/** One thing the engine proposes; the conversation runtime applies each in order. */
public sealed interface EngineCommand {

    /** Send this text to the customer as one message. */
    record Say(String text) implements EngineCommand {
    }

    /** Remember a captured attribute (encrypted at rest). */
    record SetAttribute(String name, String value) implements EngineCommand {
    }

    /** Ask for a person to take over; the reason is recorded for the operator. */
    record RequestHandoff(String reason) implements EngineCommand {
    }

    /** Record how the turn was understood (for audit and metrics). */
    record Understood(String intent, double confidence, String route) implements EngineCommand {
    }
}
