package io.atende.engine.local;

import io.atende.journey.ToolCaller;
import java.util.Map;

/**
 * The {@link ToolCaller} used when no tool runtime is configured: every call fails, so each {@code call_tool} step
 * takes its {@code on_error} path (in the demo pack, a kind message and a person), never a crash or a silence.
 */
public final class UnavailableTools implements ToolCaller {

    @Override
    public Result call(String tool, Map<String, Object> parameters) {
        return new Result.Failed("tool unavailable: no tool runtime is configured for " + tool);
    }
}
