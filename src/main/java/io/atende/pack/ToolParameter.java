package io.atende.pack;

/**
 * A declared parameter of a tool.
 *
 * @param required when true (the default) a call without this argument is refused before any request is sent
 */
public record ToolParameter(String name, ToolParameterType type, boolean required) {
}
