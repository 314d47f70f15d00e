package io.atende.tool;

/** Hears about every tool call once it has finished (metrics, logs, audit). Must not throw. */
@FunctionalInterface
public interface ToolCallListener {

    void onCall(ToolCallRecord call);
}
