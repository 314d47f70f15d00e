package io.atende.llm;

import java.util.Objects;

/**
 * A function the model may call.
 *
 * @param parametersSchema the JSON schema of the arguments object, as JSON text ({@code {"type":"object",...}})
 */
public record ToolSpec(String name, String description, String parametersSchema) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(parametersSchema, "parametersSchema");
    }
}
