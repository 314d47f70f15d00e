package io.atende.channel.api;

/** The requested resource does not exist (HTTP 404). */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String message) {
        super(message);
    }
}
