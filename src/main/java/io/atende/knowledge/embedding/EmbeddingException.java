package io.atende.knowledge.embedding;

/** A model could not embed: the endpoint answered an error, timed out, or sent something unreadable. */
public class EmbeddingException extends RuntimeException {

    public EmbeddingException(String message) {
        super(message);
    }

    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
