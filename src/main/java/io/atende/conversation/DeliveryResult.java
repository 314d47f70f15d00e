package io.atende.conversation;

import java.time.Duration;
import java.util.List;

/** What a channel answered for one {@link OutboundMessage}; {@code externalIds} are the bubbles sent by this attempt. */
public sealed interface DeliveryResult {

    List<String> externalIds();

    /** Delivered to the channel; {@code template} names the template sent instead of the text, if one was. */
    record Sent(List<String> externalIds, String template) implements DeliveryResult {
        public Sent {
            externalIds = List.copyOf(externalIds);
        }
    }

    /** A transient refusal (rate limit, 5xx, timeout): try again later, not before {@code notBefore} if given. */
    record Retry(String errorCode, List<String> externalIds, Duration notBefore) implements DeliveryResult {
        public Retry {
            externalIds = List.copyOf(externalIds);
        }
    }

    /** A permanent refusal: the message is marked failed with {@code errorCode}. */
    record Failed(String errorCode, List<String> externalIds) implements DeliveryResult {
        public Failed {
            externalIds = List.copyOf(externalIds);
        }
    }
}
