package io.atende.engine.local;

import io.atende.journey.Journey;
import io.atende.pack.IntentDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Decides whether a message starts a journey: the pack's intent a journey lists among its triggers, or a message
 * close enough to one of its trigger phrases (the same character n-gram similarity as the social intents).
 */
final class JourneyTriggers {

    /** What started a journey and how sure the match is. */
    record Match(Journey journey, double score, String intent) {
    }

    /**
     * A phrase match starts a journey from this similarity on. Below {@link #phraseSure}, a question the knowledge
     * answers stays a question: "como funciona a devolução?" asks for the policy, not for a return.
     */
    private final double phraseMin;
    private final double phraseSure;
    private final Map<String, Journey> byName;
    private final Map<String, Journey> byIntent;
    private final IntentClassifier phrases;

    JourneyTriggers(List<Journey> journeys, UnaryOperator<String> normalizer, double phraseMin, double phraseSure) {
        this.phraseMin = phraseMin;
        this.phraseSure = phraseSure;
        this.byName = journeys.stream().collect(Collectors.toMap(Journey::name, Function.identity()));
        this.byIntent = new java.util.HashMap<>();
        for (Journey journey : journeys) {
            journey.triggers().intents().forEach(intent -> byIntent.putIfAbsent(intent, journey));
        }
        // each journey becomes an "intent" whose examples are its phrases, so one classifier ranks them all
        this.phrases = new IntentClassifier(journeys.stream()
                .map(j -> new IntentDefinition(j.name(), j.triggers().phrases(), List.of())).toList(), normalizer);
    }

    double phraseSure() {
        return phraseSure;
    }

    Optional<Journey> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The journey started by the routed intent, if any journey lists it. */
    Optional<Match> byIntent(Route route) {
        if (route instanceof Route.Social social && byIntent.containsKey(social.intent().name())) {
            return Optional.of(new Match(byIntent.get(social.intent().name()), social.confidence(),
                    social.intent().name()));
        }
        return Optional.empty();
    }

    /** The journey whose trigger phrases the text is closest to, when close enough for the route it took. */
    Optional<Match> byPhrase(String text, Route route) {
        IntentClassifier.Prediction best = phrases.classify(text);
        if (best.intent() == null || best.score() < phraseMin) {
            return Optional.empty();
        }
        boolean answeredElsewhere = route instanceof Route.Knowledge || route instanceof Route.Compare;
        if (answeredElsewhere && best.score() < phraseSure) {
            return Optional.empty();
        }
        return Optional.of(new Match(byName.get(best.intent().name()), best.score(), null));
    }
}
