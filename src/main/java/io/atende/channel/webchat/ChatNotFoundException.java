package io.atende.channel.webchat;

/** The session has no such conversation (or it belongs to someone else: the answer is the same). */
class ChatNotFoundException extends RuntimeException {

    ChatNotFoundException() {
        super("conversa não encontrada para esta sessão");
    }
}
