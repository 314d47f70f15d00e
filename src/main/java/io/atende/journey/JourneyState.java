package io.atende.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where one conversation stands in a journey, carried between turns: the runtime stops only at a step that waits for
 * the customer ({@code ask} or {@code consent}), so {@code step} is always the question that is pending.
 * Captured attributes are not here: they live with the conversation (and outlive the journey); tool answers are,
 * because later rules of the same journey read them ({@code pedido.status}) and nothing else needs them.
 *
 * @param journey the journey's name
 * @param step    the id of the step waiting for an answer
 * @param retries how many answers to that step were not understood so far
 * @param results tool answers by their {@code save_as} name, as parsed JSON (maps, lists, texts, numbers)
 */
public record JourneyState(String journey, String step, int retries, Map<String, Object> results) {

    public JourneyState {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(step, "step");
        // a copy that keeps JSON nulls (Map.copyOf would refuse them): a tool may send "dias_desde_entrega": null
        results = results == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /** The same place with one more failed answer. */
    JourneyState retried() {
        return new JourneyState(journey, step, retries + 1, results);
    }
}
