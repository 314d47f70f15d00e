package io.atende.channel.webchat;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.MessageView;
import io.atende.shared.ConversationId;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One browser's open stream. Messages are always read from the database after the last id sent,
 * so a wake-up from this instance, from the periodic check or from a reconnect can never skip or
 * repeat one.
 */
final class ChatStream {

    private static final int PAGE = 100;

    private final ConversationId conversation;
    private final SseEmitter emitter;
    private final ConversationApi conversations;
    private final ReentrantLock sending = new ReentrantLock();
    private volatile ConversationApi.Subscription subscription;
    private volatile boolean closed;
    private long lastSent;
    private int draftLength;

    ChatStream(ConversationId conversation, SseEmitter emitter, ConversationApi conversations, long after) {
        this.conversation = conversation;
        this.emitter = emitter;
        this.conversations = conversations;
        this.lastSent = after;
    }

    ConversationId conversation() {
        return conversation;
    }

    SseEmitter emitter() {
        return emitter;
    }

    void subscription(ConversationApi.Subscription subscription) {
        this.subscription = subscription;
        if (closed) {
            subscription.close();
        }
    }

    boolean closed() {
        return closed;
    }

    /** Sends every stored message after the last one sent. */
    void pump() {
        send(() -> {
            List<MessageView> page;
            do {
                page = conversations.messagesAfter(conversation, lastSent, PAGE);
                for (MessageView m : page) {
                    emitter.send(SseEmitter.event().name("message").id(m.id().toString())
                            .data(ChatJson.Message.of(m), MediaType.APPLICATION_JSON));
                    lastSent = m.id().value();
                    draftLength = 0;
                }
            } while (page.size() == PAGE);
        });
    }

    /**
     * Shows the reply being written. Drafts are sent from several threads and each holds the whole text so far, so
     * one shorter than the last sent arrived late and is dropped; a stored reply starts the count again.
     */
    void draft(String text) {
        send(() -> {
            if (text.length() > draftLength) {
                emitter.send(SseEmitter.event().name("draft")
                        .data(new ChatJson.Draft(conversation.toString(), text), MediaType.APPLICATION_JSON));
                draftLength = text.length();
            }
        });
    }

    void typing() {
        send(() -> emitter.send(SseEmitter.event().name("typing")
                .data(new ChatJson.Typing(conversation.toString()), MediaType.APPLICATION_JSON)));
    }

    /** A comment line: keeps proxies and load balancers from closing an idle connection. */
    void heartbeat() {
        send(() -> emitter.send(SseEmitter.event().comment("ping")));
    }

    /** Stops listening; called once the emitter completed, timed out or failed. */
    void close() {
        closed = true;
        ConversationApi.Subscription s = subscription;
        if (s != null) {
            s.close();
        }
    }

    /** Ends the stream from the server side (the browser reconnects if it still wants it). */
    void end() {
        close();
        try {
            emitter.complete();
        } catch (RuntimeException alreadyDone) {
            // the connection was already gone
        }
    }

    private interface Send {
        void run() throws IOException;
    }

    private void send(Send action) {
        if (closed) {
            return;
        }
        sending.lock();
        try {
            if (!closed) {
                action.run();
            }
        } catch (IOException | IllegalStateException e) {
            // the browser went away (or the emitter already completed); the container reports the
            // broken connection to Spring MVC itself, so only our side is stopped here
            close();
        } finally {
            sending.unlock();
        }
    }
}
