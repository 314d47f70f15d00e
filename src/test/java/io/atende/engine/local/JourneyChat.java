package io.atende.engine.local;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.journey.JourneyState;
import io.atende.shared.ConversationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One customer talking to the local engine, turn by turn, with the engine's commands applied the way the
 * conversation runtime applies them: attributes kept, journey state carried to the next turn, history grown.
 */
final class JourneyChat {

    private final LocalEngine engine;
    private final ConversationId id = ConversationId.random();
    private final List<EngineRequest.HistoryEntry> history = new ArrayList<>();
    final Map<String, String> attributes = new LinkedHashMap<>();
    JourneyState journey;
    EngineDecision last;

    JourneyChat(LocalEngine engine) {
        this.engine = engine;
    }

    /** Sends one customer message and returns everything the agent said in reply, joined by new lines. */
    String says(String text) {
        last = engine.decide(new EngineRequest(id, List.of(text), history, attributes, journey));
        history.add(new EngineRequest.HistoryEntry(true, text));
        for (EngineCommand command : last.commands()) {
            switch (command) {
                case EngineCommand.Say say -> history.add(new EngineRequest.HistoryEntry(false, say.text()));
                case EngineCommand.SetAttribute set -> attributes.put(set.name(), set.value());
                case EngineCommand.SetJourney set -> journey = set.state();
                case EngineCommand.ClearJourney clear -> journey = null;
                default -> {
                }
            }
        }
        return last.commands().stream().filter(EngineCommand.Say.class::isInstance)
                .map(c -> ((EngineCommand.Say) c).text()).collect(Collectors.joining("\n"));
    }

    <T extends EngineCommand> List<T> commands(Class<T> kind) {
        return last.commands().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    String step() {
        return journey == null ? null : journey.step();
    }
}
