package io.atende.channel.webchat;

import io.atende.conversation.ConversationApi;
import io.atende.conversation.ConversationUpdate;
import io.atende.shared.ConversationId;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open web chat streams of this instance. Each is woken by this instance's updates and, once a
 * second, checked against the database so replies written by another instance arrive as well.
 */
@Component
class ChatStreams {

    /** The browser reconnects (replaying from its last id) after this; bounds a forgotten connection. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);
    static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    static final int HEARTBEAT_EVERY_CHECKS = 15;
    /** Open streams per conversation (a few tabs); more would only multiply database checks. */
    static final int MAX_PER_CONVERSATION = 4;

    private final ConversationApi conversations;
    private final Set<ChatStream> open = ConcurrentHashMap.newKeySet();
    private final java.util.Map<ConversationId, java.util.Deque<ChatStream>> byConversation = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webchat-stream-check");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong ticks = new AtomicLong();

    ChatStreams(ConversationApi conversations) {
        this.conversations = conversations;
        ticker.scheduleWithFixedDelay(this::check, CHECK_EVERY.toMillis(), CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    SseEmitter open(ConversationId conversation, long after) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        ChatStream stream = new ChatStream(conversation, emitter, conversations, after);
        Runnable cleanup = () -> {
            stream.close();
            open.remove(stream);
            byConversation.computeIfPresent(conversation, (k, streams) -> {
                streams.remove(stream);
                return streams.isEmpty() ? null : streams;
            });
        };
        emitter.onCompletion(cleanup);
        emitter.onTimeout(cleanup);
        emitter.onError(e -> cleanup.run());
        open.add(stream);
        ChatStream oldest = admit(conversation, stream);
        if (oldest != null) {
            oldest.end();
        }
        stream.subscription(conversations.subscribe(conversation, update -> onUpdate(stream, update)));
        // the replay runs off the request thread, after the response headers are committed
        senders.execute(stream::pump);
        return emitter;
    }

    /** Registers the stream; returns the conversation's oldest stream when there are now too many. */
    private ChatStream admit(ConversationId conversation, ChatStream stream) {
        ChatStream[] evicted = new ChatStream[1];
        byConversation.compute(conversation, (k, streams) -> {
            java.util.Deque<ChatStream> list = streams == null ? new java.util.concurrent.ConcurrentLinkedDeque<>() : streams;
            list.addLast(stream);
            if (list.size() > MAX_PER_CONVERSATION) {
                evicted[0] = list.pollFirst();
            }
            return list;
        });
        return evicted[0];
    }

    int openCount() {
        return open.size();
    }

    private void onUpdate(ChatStream stream, ConversationUpdate update) {
        // the publisher is the turn pipeline: never make it wait for a slow browser
        switch (update) {
            case ConversationUpdate.Typing t -> senders.execute(stream::typing);
            case ConversationUpdate.Draft d -> senders.execute(() -> stream.draft(d.text()));
            case ConversationUpdate.MessagesStored m -> senders.execute(stream::pump);
        }
    }

    private void check() {
        boolean beat = ticks.incrementAndGet() % HEARTBEAT_EVERY_CHECKS == 0;
        for (ChatStream stream : open) {
            if (stream.closed()) {
                open.remove(stream);
                continue;
            }
            senders.execute(() -> {
                stream.pump();
                if (beat) {
                    stream.heartbeat();
                }
            });
        }
    }

    @PreDestroy
    void shutdown() {
        ticker.shutdownNow();
        open.forEach(s -> {
            s.close();
            s.emitter().complete();
        });
        senders.shutdownNow();
    }
}
