package io.atende.conversation;

import java.time.Instant;
import java.util.Map;

/** One entry of a conversation's append-only event log, decrypted: {@code journey.started}, {@code handoff.taken}... */
public record ConversationEvent(long id, String type, Map<String, Object> payload, Instant createdAt) {

    public ConversationEvent {
        // keeps the payload's order and its null values, which Map.copyOf would refuse
        payload = payload == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(payload));
    }
}
