package io.atende.engine;

import io.atende.journey.JourneyState;
import io.atende.shared.Choice;
import java.util.List;
import java.util.Objects;

/** One thing the engine proposes; the conversation runtime applies each in order. */
public sealed interface EngineCommand {

    /**
     * Send this text to the customer as one message.
     *
     * @param choices answers the customer can tap instead of typing (channels that cannot show them send the text
     *                alone, which always reads on its own)
     * @param image   the address of a picture shown with the text (the one product the reply is about), or null
     */
    record Say(String text, List<Choice> choices, String image) implements EngineCommand {

        public Say {
            Objects.requireNonNull(text, "text");
            choices = choices == null ? List.of() : List.copyOf(choices);
            // a catalog may leave a product's picture empty: that is no picture
            image = image == null || image.isBlank() ? null : image.strip();
        }

        public Say(String text) {
            this(text, List.of(), null);
        }
    }

    /** Remember a captured attribute (encrypted at rest). */
    record SetAttribute(String name, String value) implements EngineCommand {
    }

    /** Ask for a person to take over; the reason is recorded for the operator. */
    record RequestHandoff(String reason) implements EngineCommand {
    }

    /** Record how the turn was understood (for audit and metrics). */
    record Understood(String intent, double confidence, String route) implements EngineCommand {
    }

    /** The conversation is in a journey, waiting at this state; it replaces any earlier journey state. */
    record SetJourney(JourneyState state) implements EngineCommand {

        public SetJourney {
            Objects.requireNonNull(state, "state");
        }
    }

    /** The conversation's journey is over with this outcome (a finish step's name, cancelled, handoff). */
    record ClearJourney(String journey, String outcome) implements EngineCommand {
    }

    /** An opt-in answer, recorded with the exact text the customer was shown (the time is the turn's). */
    record RecordConsent(String attribute, boolean granted, String textShown) implements EngineCommand {
    }

    /**
     * The customer asked to receive no more proactive messages (follow-ups, campaigns): recorded on the contact with
     * the time and {@code text}, the customer's own words. The customer can still talk to the agent.
     */
    record OptOut(String text) implements EngineCommand {

        public OptOut {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The customer asked to receive proactive messages again: recorded with the time and {@code text}, as written. */
    record OptIn(String text) implements EngineCommand {

        public OptIn {
            Objects.requireNonNull(text, "text");
        }
    }
}
