package io.atende.engine.llm;

/**
 * The model's output cannot be used: an unknown function, arguments that are not the declared JSON, a draft that a
 * guardrail refused twice. The engine answers with the local engine's decision instead; the message is for the log
 * and never holds the customer's words or the prompt.
 */
final class UnusableOutput extends RuntimeException {

    UnusableOutput(String message) {
        super(message);
    }
}
