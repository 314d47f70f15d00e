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
 * @param media      voice notes, images and other files that came with the turn's messages, in arrival order
 */
public record EngineRequest(ConversationId conversationId, List<String> turnTexts, List<HistoryEntry> history,
                            Map<String, String> attributes, JourneyState journey, List<Media> media) {

    public EngineRequest {
        turnTexts = List.copyOf(turnTexts);
        history = List.copyOf(history);
        attributes = Map.copyOf(attributes);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A request whose messages carry no files. */
    public EngineRequest(ConversationId conversationId, List<String> turnTexts, List<HistoryEntry> history,
                         Map<String, String> attributes, JourneyState journey) {
        this(conversationId, turnTexts, history, attributes, journey, List.of());
    }

    /** A request of a conversation that is in no journey. */
    public EngineRequest(ConversationId conversationId, List<String> turnTexts, List<HistoryEntry> history,
                         Map<String, String> attributes) {
        this(conversationId, turnTexts, history, attributes, null);
    }

    /**
     * A file that came with the turn.
     *
     * @param kind      {@code audio}, {@code image}, {@code document}, {@code video}, {@code location}, ...
     * @param reference where the channel keeps it (a URL, a {@code data:} URL, a WhatsApp media id)
     * @param channel   the channel it came through ({@code whatsapp}, {@code api}, ...), which knows how to fetch it
     */
    public record Media(String kind, String mimeType, String reference, String caption, String channel) {
    }

    /** The same turn with other texts and no files: what an engine answers once the files were read. */
    public EngineRequest withTexts(List<String> texts) {
        return new EngineRequest(conversationId, texts, history, attributes, journey, List.of());
    }

    /** One earlier message; {@code fromCustomer} is false for the agent's and human operators' messages. */
    public record HistoryEntry(boolean fromCustomer, String text) {
    }

    /** The turn's customer text as one utterance. */
    public String combinedText() {
        return String.join("\n", turnTexts);
    }
}
