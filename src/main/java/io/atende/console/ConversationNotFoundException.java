package io.atende.console;

/** The console was asked for a conversation that does not exist (or an id that is not one). */
class ConversationNotFoundException extends RuntimeException {

    ConversationNotFoundException(String id) {
        super("no conversation " + id);
    }
}
