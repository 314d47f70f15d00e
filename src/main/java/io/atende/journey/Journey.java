package io.atende.journey;

import java.util.List;
import java.util.Optional;

/**
 * A journey of the pack: a goal in plain language, what starts it, and its steps. The first step is where it
 * starts. A journey is immutable; the loader has already checked that every step it names exists.
 *
 * @param goal what the journey is for, in the customer's terms (read by people and by the LLM engine)
 */
public record Journey(String name, String goal, Triggers triggers, List<Step> steps) {

    public Journey {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a journey needs at least one step");
        }
    }

    /**
     * What starts the journey.
     *
     * @param intents names of intents of {@code intents.yaml} that start it
     * @param phrases examples of what customers write to start it, in their words
     */
    public record Triggers(List<String> intents, List<String> phrases) {

        public Triggers {
            intents = List.copyOf(intents);
            phrases = List.copyOf(phrases);
        }
    }

    public Step start() {
        return steps.getFirst();
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
