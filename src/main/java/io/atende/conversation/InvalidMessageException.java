package io.atende.conversation;

/** An inbound message that cannot be accepted; names the offending field. Nothing was stored. */
public class InvalidMessageException extends RuntimeException {

    private final String field;

    public InvalidMessageException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
