package io.atende.journey;

import java.util.List;

/**
 * What running a journey step asks the conversation to do. The runtime only proposes these; the engine turns them
 * into its commands, and the conversation runtime applies and stores them.
 */
public sealed interface JourneyEffect {

    /**
     * Send this text to the customer.
     *
     * @param expects the kind of answer the text asks for (an ask step's type, yes_no for a consent), or null when it
     *                asks nothing; for yes_no the engine offers sim and não to tap
     * @param choices the answers the step offers to tap, as rendered (empty: the type's own, if any)
     */
    record Say(String text, AttributeType expects, List<String> choices) implements JourneyEffect {

        public Say {
            choices = choices == null ? List.of() : List.copyOf(choices);
        }

        public Say(String text, AttributeType expects) {
            this(text, expects, List.of());
        }

        public Say(String text) {
            this(text, null, List.of());
        }
    }

    /** Keep a captured attribute (a new one, or a correction of one already known). */
    record Capture(String name, String value) implements JourneyEffect {
    }

    /** Record an opt-in answer with the exact text the customer was shown. */
    record Consent(String attribute, boolean granted, String textShown) implements JourneyEffect {
    }

    /**
     * Hand the conversation to a person. {@code text} is the step's message to the customer, or {@code null} when
     * the runtime handed off on its own (no {@code on_fail}/{@code on_error} step) and the engine words it.
     */
    record Handoff(String reason, String text) implements JourneyEffect {
    }

    /** The journey waits for the customer's answer at this state. */
    record Wait(JourneyState state) implements JourneyEffect {
    }

    /** The journey is over with this outcome (a {@code finish} step's name, or {@link Outcomes}). */
    record End(String journey, String outcome) implements JourneyEffect {
    }
}
