package io.atende.engine.local;

import io.atende.engine.EngineRequest;
import io.atende.journey.AttributeType;
import io.atende.journey.Journey;
import io.atende.journey.JourneyEffect;
import io.atende.journey.JourneyRuntime;
import io.atende.journey.JourneyState;
import io.atende.journey.Step;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a journey starts: its first steps, with an identifier the opening message holds taken as the answer to its
 * first question, and the follow-ups that run the customer's last request again for a new identifier.
 */
final class JourneyOpenings {

    /** A journey run again for a new identifier, how sure the request it follows matched it, and what it does. */
    record FollowUp(Journey journey, double score, List<JourneyEffect> effects) {
    }

    private static final Set<AttributeType> OPENING_TYPES = EnumSet.of(AttributeType.CPF, AttributeType.CNPJ,
            AttributeType.EMAIL, AttributeType.PHONE, AttributeType.CEP, AttributeType.ORDER_NUMBER);
    private static final Set<AttributeType> PRODUCT = EnumSet.of(AttributeType.PRODUCT);

    private final JourneyRuntime runtime;
    private final JourneyTriggers triggers;
    private final JourneyCues cues;
    private final ListedProducts listed;
    private final java.util.function.Predicate<String> namesProducts;

    /** @param namesProducts whether a message names something of the catalog (a kind of product, a brand) */
    JourneyOpenings(JourneyRuntime runtime, JourneyTriggers triggers, JourneyCues cues, ListedProducts listed,
                    java.util.function.Predicate<String> namesProducts) {
        this.runtime = runtime;
        this.triggers = triggers;
        this.cues = cues;
        this.listed = listed;
        this.namesProducts = namesProducts;
    }

    /**
     * A journey's first steps, whether it starts outside any journey or replaces another; when its first question asks
     * for an identifier the opening message already holds ("cadê meu pedido 123456"), that answer is taken instead of
     * asking for it, also over a value of the same attribute known from earlier in the conversation: a new order
     * number is a new order. Only for values that cannot be mistaken for the request itself: any text is a free-text
     * answer, and "quero parcelar em 10x" is no amount.
     */
    List<JourneyEffect> opening(Journey journey, EngineRequest request) {
        String text = request.combinedText();
        Optional<Step.Ask> identifier = openingQuestion(journey);
        if (identifier.isPresent() && request.attributes().containsKey(identifier.get().attribute())) {
            Map<String, String> without = new LinkedHashMap<>(request.attributes());
            without.remove(identifier.get().attribute());
            // only say steps come before the question, so starting without the value calls no tool
            Optional<List<JourneyEffect>> renewed = answeredInOpening(journey, runtime.start(journey, without), text,
                    without);
            if (renewed.isPresent()) {
                return renewed.get();
            }
        }
        List<JourneyEffect> started = runtime.start(journey, request.attributes());
        return answeredInOpening(journey, started, text, request.attributes())
                .or(() -> productShown(journey, started, request))
                .orElse(started);
    }

    /**
     * "quero fechar a compra" right after the agent showed one product (its details, tapped in a list): the journey's
     * question for a product is answered with that one, as a seller with it on the counter would. Only when the
     * opening message names no product itself; the customer can still correct it ("na verdade o A16").
     */
    private Optional<List<JourneyEffect>> productShown(Journey journey, List<JourneyEffect> started,
                                                        EngineRequest request) {
        String text = request.combinedText();
        return pendingAsk(journey, started, PRODUCT)
                .filter(ask -> !namesProducts.test(text) && runtime.answer(journey, waiting(started), text,
                        request.attributes()).isEmpty())
                .flatMap(ask -> listed.shownAlone(request.history()))
                .flatMap(product -> answered(journey, started, product.id(), request.attributes()));
    }

    /** The journey's first question when only say steps come before it and it asks for an identifier. */
    private static Optional<Step.Ask> openingQuestion(Journey journey) {
        Step step = journey.start();
        for (int i = 0; i < journey.steps().size() && step instanceof Step.Say say && say.next() != null; i++) {
            step = journey.step(say.next()).orElse(null);
        }
        return step instanceof Step.Ask ask && OPENING_TYPES.contains(ask.type()) ? Optional.of(ask)
                : Optional.empty();
    }

    /** The started journey with its pending identifier question answered from the opening message, when it holds one. */
    private Optional<List<JourneyEffect>> answeredInOpening(Journey journey, List<JourneyEffect> started, String text,
                                                           Map<String, String> attributes) {
        // nothing of the asked type in the opening message is no answer (an invalid value is not a reason to scold yet)
        return pendingAsk(journey, started, OPENING_TYPES).flatMap(ask -> answered(journey, started, text, attributes));
    }

    /** The ask a journey just started waits at, its question the last thing said, when its type is one of {@code types}. */
    private static Optional<Step.Ask> pendingAsk(Journey journey, List<JourneyEffect> started,
                                                 Set<AttributeType> types) {
        if (started.size() < 2 || !(started.getLast() instanceof JourneyEffect.Wait wait)
                || !(started.get(started.size() - 2) instanceof JourneyEffect.Say)
                || !(journey.step(wait.state().step()).orElse(null) instanceof Step.Ask ask)
                || !types.contains(ask.type())) {
            return Optional.empty();
        }
        return Optional.of(ask);
    }

    private static JourneyState waiting(List<JourneyEffect> started) {
        return ((JourneyEffect.Wait) started.getLast()).state();
    }

    /**
     * The started journey with its pending question answered by {@code answer} instead of asked, when the answer
     * captures a value; the values the first steps captured count as known.
     */
    private Optional<List<JourneyEffect>> answered(Journey journey, List<JourneyEffect> started, String answer,
                                                   Map<String, String> attributes) {
        Map<String, String> known = new LinkedHashMap<>(attributes);
        started.forEach(e -> {
            if (e instanceof JourneyEffect.Capture c) {
                known.put(c.name(), c.value());
            }
        });
        Optional<List<JourneyEffect>> answered = runtime.answer(journey, waiting(started), answer, known);
        if (answered.isEmpty() || answered.get().stream().noneMatch(JourneyEffect.Capture.class::isInstance)) {
            return Optional.empty();
        }
        List<JourneyEffect> out = new ArrayList<>(started.subList(0, started.size() - 2)); // without the question
        out.addAll(answered.get());
        return Optional.of(out);
    }

    /**
     * "e o pedido 789012?" after an order status answer: a short message holding a new identifier for the journey the
     * customer's last request started asks the same again for it, as a person at the counter would understand it.
     * The last request is the latest earlier customer message that matches a journey's trigger phrases.
     */
    Optional<FollowUp> followUp(EngineRequest request) {
        if (!cues.followUp(request.combinedText())) {
            return Optional.empty();
        }
        List<EngineRequest.HistoryEntry> history = request.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            EngineRequest.HistoryEntry earlier = history.get(i);
            if (!earlier.fromCustomer()) {
                continue;
            }
            Optional<JourneyTriggers.Match> asked = triggers.byPhrase(earlier.text(), new Route.Fallback());
            if (asked.isPresent()) {
                Journey journey = asked.get().journey();
                Optional<Step.Ask> identifier = openingQuestion(journey);
                if (identifier.isEmpty()) {
                    return Optional.empty();
                }
                Map<String, String> without = new LinkedHashMap<>(request.attributes());
                without.remove(identifier.get().attribute());
                Optional<List<JourneyEffect>> renewed = answeredInOpening(journey, runtime.start(journey, without),
                        request.combinedText(), without);
                if (renewed.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new FollowUp(journey, asked.get().score(), renewed.get()));
            }
        }
        return Optional.empty();
    }
}
