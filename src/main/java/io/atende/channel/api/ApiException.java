package io.atende.channel.api;

/** A request the API refuses, naming the field at fault (HTTP 400). */
class ApiException extends RuntimeException {

    private final String field;

    ApiException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
