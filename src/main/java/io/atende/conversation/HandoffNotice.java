package io.atende.conversation;

import java.time.Instant;
import java.util.Optional;

/**
 * What the customer is told, beside the agent's own handoff words, when a person is asked for: outside business
 * hours, when someone will answer. Empty within business hours.
 */
@FunctionalInterface
interface HandoffNotice {

    HandoffNotice NONE = at -> Optional.empty();

    Optional<String> at(Instant now);
}
