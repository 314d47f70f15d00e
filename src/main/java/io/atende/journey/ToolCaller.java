package io.atende.journey;

import java.util.Map;

/**
 * Port: calls a tool the pack declares, for a {@code call_tool} step. The HTTP implementation lives in the tool
 * package; without one, an adapter answers {@link Result.Failed} and the journey takes its {@code on_error} path.
 */
public interface ToolCaller {

    /**
     * Calls {@code tool} with its parameters already evaluated (texts, decimals, booleans, null).
     * Must not throw for an unreachable or failing tool: that is a {@link Result.Failed}.
     */
    Result call(String tool, Map<String, Object> parameters);

    /** How a call ended. */
    sealed interface Result {

        /**
         * The tool answered; {@code answer} is its parsed JSON object. An answer the tool sends on purpose, such as a
         * refusal {@code {"code":701}}, is an answer, not a failure: the journey's rules decide on it.
         */
        record Answered(Map<String, Object> answer) implements Result {
        }

        /** No usable answer (unreachable, timeout, HTTP error, no tool runtime); {@code reason} is for logs and operators. */
        record Failed(String reason) implements Result {
        }
    }
}
