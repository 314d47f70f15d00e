package io.atende.engine;

import java.util.List;

/** The commands an engine proposes for one turn. */
public record EngineDecision(List<EngineCommand> commands) {

    public EngineDecision {
        commands = List.copyOf(commands);
    }

    public static EngineDecision of(EngineCommand... commands) {
        return new EngineDecision(List.of(commands));
    }
}
