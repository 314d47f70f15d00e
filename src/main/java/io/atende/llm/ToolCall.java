package io.atende.llm;

import java.util.Objects;

/**
 * A call the model proposed. Nothing runs because of it: the engine parses it into a typed command, validates the
 * arguments and decides.
 *
 * @param argumentsJson the arguments exactly as the model wrote them (possibly not valid JSON)
 */
public record ToolCall(String id, String name, String argumentsJson) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        argumentsJson = argumentsJson == null ? "" : argumentsJson;
    }
}
