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

    /**
     * The body of a download, read no further than {@code limit} bytes: a status other than 2xx or a longer body
     * is refused, so a huge file is never held whole.
     */
    static byte[] body(java.net.http.HttpResponse<java.io.InputStream> response, long limit)
            throws java.io.IOException {
        try (java.io.InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new MediaException("the media download answered HTTP " + response.statusCode());
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new MediaException("the file is larger than " + limit + " bytes");
            }
            return bytes;
        }
    }

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
