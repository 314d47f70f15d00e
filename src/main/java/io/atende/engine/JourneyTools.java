package io.atende.engine;

import io.atende.journey.ToolCaller;
import io.atende.tool.ToolResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Journeys' {@code call_tool} steps on the HTTP tool runtime. The journey package evaluates parameters to typed
 * values (decimals, texts, booleans) and the tool runtime validates texts against each parameter's declared type,
 * so values cross as the text a person would write; a value that is null was not given.
 */
final class JourneyTools implements ToolCaller {

    private final io.atende.tool.ToolCaller tools;

    JourneyTools(io.atende.tool.ToolCaller tools) {
        this.tools = tools;
    }

    @Override
    public Result call(String tool, Map<String, Object> parameters) {
        Map<String, String> arguments = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                arguments.put(name, text(value));
            }
        });
        return switch (tools.call(tool, arguments)) {
            case ToolResult.Ok ok -> new Result.Answered(ok.fields());
            case ToolResult.Failed failed -> new Result.Failed(failed.kind() + ": " + failed.message());
        };
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
