package io.atende.conversation;

import io.atende.shared.ConversationId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** In-process fan-out of {@link ConversationUpdate}s to live views of this instance. */
final class UpdateBus {

    private static final Logger log = LoggerFactory.getLogger(UpdateBus.class);

    private final Map<ConversationId, List<Consumer<ConversationUpdate>>> byConversation = new ConcurrentHashMap<>();
    private final List<Consumer<ConversationUpdate>> everything = new CopyOnWriteArrayList<>();

    ConversationApi.Subscription subscribe(ConversationId id, Consumer<ConversationUpdate> listener) {
        if (id == null) {
            everything.add(listener);
            return () -> everything.remove(listener);
        }
        byConversation.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byConversation.computeIfPresent(id, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void publish(ConversationUpdate update) {
        List<Consumer<ConversationUpdate>> listeners = byConversation.get(update.conversationId());
        if (listeners != null) {
            listeners.forEach(l -> deliver(l, update));
        }
        everything.forEach(l -> deliver(l, update));
    }

    private static void deliver(Consumer<ConversationUpdate> listener, ConversationUpdate update) {
        try {
            listener.accept(update);
        } catch (RuntimeException e) {
            // a broken live view (closed socket) must never break the turn pipeline
            log.debug("listener failed for conversation {}", update.conversationId(), e);
        }
    }
}
