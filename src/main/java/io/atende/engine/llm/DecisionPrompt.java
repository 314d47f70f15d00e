package io.atende.engine.llm;

import io.atende.engine.EngineRequest;
import io.atende.journey.AttributeType;
import io.atende.journey.Journey;
import io.atende.journey.JourneyState;
import io.atende.journey.Step;
import io.atende.pack.Pack;
import io.atende.pack.PromptTemplates;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The decision model's instructions for one turn: {@code journey_classification} out of a journey, {@code
 * attribute_extraction} while a journey waits for an answer (the awaited attribute, its type and what the system
 * accepts), each with the store's persona, the journeys and the captured attributes, then the {@code message_codes}.
 */
final class DecisionPrompt {

    private final Pack pack;
    private final PromptTemplates prompts;
    private final ActionFunctions functions;

    DecisionPrompt(Pack pack, PromptTemplates prompts, ActionFunctions functions) {
        this.pack = pack;
        this.prompts = prompts;
        this.functions = functions;
    }

    String system(EngineRequest request, TurnSources sources) {
        Map<String, String> values = new HashMap<>();
        values.put("store", pack.identity().name());
        values.put("persona", pack.identity().persona() == null ? "" : pack.identity().persona().strip());
        values.put("journeys", ActionFunctions.journeysListing(pack.journeys()));
        values.put("captured", sources.attributes());
        Optional<Step> pending = pending(request.journey());
        String body;
        if (pending.isPresent()) {
            Journey journey = journey(request.journey().journey()).orElseThrow();
            values.put("journey", journey.name());
            values.put("goal", journey.goal() == null ? "" : journey.goal().strip());
            switch (pending.get()) {
                case Step.Ask ask -> awaited(values, ask.attribute(), ask.type(), ask.text());
                case Step.Consent consent -> awaited(values, consent.attribute(), AttributeType.YES_NO,
                        consent.text());
                default -> throw new IllegalStateException("a journey waits only at ask and consent steps");
            }
            body = prompts.render("attribute_extraction", values);
        } else {
            body = prompts.render("journey_classification", values);
        }
        String codes = functions.codesListing(pack.messages().templates());
        return codes.isEmpty() ? body : body + "\n\n" + prompts.render("message_codes", Map.of("codes", codes));
    }

    /** The step the conversation's journey waits at, when the pack still has both. */
    Optional<Step> pending(JourneyState state) {
        return state == null ? Optional.empty()
                : journey(state.journey()).flatMap(j -> j.step(state.step()))
                .filter(s -> s instanceof Step.Ask || s instanceof Step.Consent);
    }

    Optional<Journey> journey(String name) {
        return pack.journeys().stream().filter(j -> j.name().equals(name)).findFirst();
    }

    private void awaited(Map<String, String> values, String attribute, AttributeType type, String question) {
        values.put("attribute", attribute);
        values.put("type", type.yamlName());
        values.put("validation", PromptParts.optional("validation." + type.yamlName()));
        values.put("question", question);
    }
}
