package io.atende.engine;

import io.atende.journey.JourneyState;
import io.atende.shared.ConversationId;
import java.util.List;
import java.util.Map;

/**
 * What an engine sees for one turn.
 *
 * @param turnTexts  the customer messages answered by this turn, in arrival order (a burst has several)
 * @param history    earlier messages of the conversation, oldest first
 * @param attributes attributes captured so far
 * @param journey    where the conversation stands in a journey, or {@code null} when it is in none
 */
public record EngineRequest(ConversationId conversationId, List<String> turnTexts, List<HistoryEntry> history,
                            Map<String, String> attributes, JourneyState journey) {

    public EngineRequest {
        turnTexts = List.copyOf(turnTexts);
        history = List.copyOf(history);
        attributes = Map.copyOf(attributes);
    }

    /** A request of a conversation that is in no journey. */
    public EngineRequest(ConversationId conversationId, List<String> turnTexts, List<HistoryEntry> history,
                         Map<String, String> attributes) {
        this(conversationId, turnTexts, history, attributes, null);
    }

    /** One earlier message; {@code fromCustomer} is false for the agent's and human operators' messages. */
    public record HistoryEntry(boolean fromCustomer, String text) {
    }

    /** The turn's customer text as one utterance. */
    public String combinedText() {
        return String.join("\n", turnTexts);
    }
}
