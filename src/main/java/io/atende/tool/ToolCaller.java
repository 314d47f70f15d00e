package io.atende.tool;

import java.util.Map;

/**
 * Calls a tool the current pack declares in {@code tools.yaml}. This is the whole face of the tool module: the
 * journey runtime passes the tool's name and its arguments as texts (numbers as {@code 1299.90}, booleans as
 * {@code true}) and gets a typed result. Expected failures (bad argument, timeout, HTTP error) are results, never
 * exceptions.
 */
public interface ToolCaller {

    /**
     * @param toolName  a tool of the pack's {@code tools.yaml}
     * @param arguments parameter name to value; a parameter left out (or null) counts as not given
     */
    ToolResult call(String toolName, Map<String, String> arguments);
}
