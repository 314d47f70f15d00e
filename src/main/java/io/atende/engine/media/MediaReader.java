package io.atende.engine.media;

import io.atende.engine.EngineRequest;
import io.atende.shared.ConversationId;
import java.util.Optional;

/**
 * Turns a file the customer sent into words the engine can answer: a voice note into its transcript, a photo into
 * a description. Empty means this file cannot be read here (nothing configured for its kind, or it failed), and
 * the customer is asked kindly to write instead.
 */
public interface MediaReader {

    Optional<String> read(ConversationId conversation, EngineRequest.Media media);

    /** A reader for no kind at all: what runs when neither transcription nor vision is configured. */
    MediaReader NONE = (conversation, media) -> Optional.empty();
}
