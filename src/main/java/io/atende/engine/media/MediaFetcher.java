package io.atende.engine.media;

import io.atende.engine.EngineRequest;

/**
 * Loads the bytes of a file a customer sent. Each channel keeps media its own way (a URL for the API, a media id
 * behind WhatsApp's Graph API), so a fetcher says which media it can load.
 */
public interface MediaFetcher {

    /** Whether this fetcher knows where this media lives. */
    boolean handles(EngineRequest.Media media);

    /**
     * @param maxBytes a larger file is refused
     * @throws MediaException when the file cannot be loaded
     */
    byte[] fetch(EngineRequest.Media media, int maxBytes);

    /** Why a file could not be loaded; the message names no personal data. */
    final class MediaException extends RuntimeException {
        public MediaException(String message) {
            super(message);
        }

        public MediaException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
