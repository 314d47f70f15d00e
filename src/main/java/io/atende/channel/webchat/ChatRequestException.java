package io.atende.channel.webchat;

/** A web chat request that cannot be served; names the offending field. */
class ChatRequestException extends RuntimeException {

    private final String field;

    ChatRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
