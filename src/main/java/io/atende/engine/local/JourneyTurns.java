package io.atende.engine.local;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineCommand.ClearJourney;
import io.atende.engine.Choices;
import io.atende.engine.EngineCommand.Say;
import io.atende.engine.EngineCommand.Understood;
import io.atende.engine.EngineRequest;
import io.atende.journey.AttributeType;
import io.atende.journey.Journey;
import io.atende.journey.JourneyEffect;
import io.atende.journey.JourneyRuntime;
import io.atende.journey.JourneyState;
import io.atende.journey.Outcomes;
import io.atende.journey.Step;
import io.atende.pack.MessageTemplates;
import io.atende.pack.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local engine's turn when journeys are involved. In a journey, in this order: a cancellation ends it; a
 * correction updates an attribute already captured and asks the pending question again; an answer to the pending
 * question moves the journey on; a question about something else (FAQ, products, small talk) is answered by the
 * router and the pending question asked again, without counting as a failed answer; anything else is a retry.
 * Out of a journey, a message that matches a journey's trigger starts it. Empty means the router alone answers.
 */
final class JourneyTurns {

    /** The outcome of a journey left for another one the customer started. */
    static final String SWITCHED = "switched";

    private final JourneyRuntime runtime;
    private final JourneyTriggers triggers;
    private final JourneyCues cues;
    private final Replies replies;
    private final MessageTemplates templates;
    private final Cues topics;
    private final double handoffSure;
    private final ListedProducts listed;
    private final JourneyOpenings openings;
    private final java.util.function.Function<String, IntentClassifier.Prediction> social;

    /**
     * @param topics      policy and product words: an aside must name its topic or be a question, because the router
     *                    finds some section for almost any short text ("não lembro" matches a policy on delays)
     * @param handoffSure intent similarity a request for a person needs to interrupt a journey ("agora não" resembles
     *                    one at 0.56)
     * @param social      the pack's social intent of a text (the router's classifier), without the routing's searches
     */
    JourneyTurns(JourneyRuntime runtime, JourneyTriggers triggers, JourneyCues cues, Replies replies,
                 MessageTemplates templates, Cues topics, double handoffSure, ListedProducts listed,
                 java.util.function.Function<String, IntentClassifier.Prediction> social) {
        this.runtime = runtime;
        this.triggers = triggers;
        this.cues = cues;
        this.replies = replies;
        this.templates = templates;
        this.topics = topics;
        this.handoffSure = handoffSure;
        this.listed = listed;
        // "quero comprar um celular" names what to buy; "quero fechar a compra" names nothing of the catalog
        this.openings = new JourneyOpenings(runtime, triggers, cues, listed,
                text -> topics.catalogWord(text, java.util.Set.of()));
        this.social = social;
    }

    /** The commands for a turn of a conversation outside any journey: a journey starts, or nothing (empty). */
    Optional<List<EngineCommand>> start(EngineRequest request, Route route) {
        Optional<JourneyTriggers.Match> match = triggers.byIntent(route)
                .or(() -> triggers.byPhrase(request.combinedText(), route));
        if (match.isEmpty()) {
            return openings.followUp(request).map(f -> {
                List<EngineCommand> out = new ArrayList<>();
                out.add(new Understood(f.journey().name(), f.score(), "journey"));
                out.addAll(commands(f.effects()));
                return out;
            });
        }
        JourneyTriggers.Match m = match.get();
        List<EngineCommand> out = new ArrayList<>();
        // started by an intent, the turn was understood as that intent; by a phrase, as the journey itself
        out.add(m.intent() != null ? new Understood(m.intent(), m.score(), "intent")
                : new Understood(m.journey().name(), m.score(), "journey"));
        out.addAll(commands(openings.opening(m.journey(), request)));
        return Optional.of(out);
    }

    /** Whether the conversation waits in a journey for a free-text answer (a description, a reason). */
    boolean waitsForText(JourneyState state) {
        return state != null && triggers.named(state.journey()).flatMap(j -> j.step(state.step()))
                .filter(step -> step instanceof Step.Ask ask && ask.type() == AttributeType.TEXT).isPresent();
    }

    /** The commands for a turn of a conversation waiting in a journey; empty when the journey no longer exists. */
    Optional<List<EngineCommand>> resume(EngineRequest request, java.util.function.Supplier<Route> route) {
        JourneyState state = request.journey();
        Optional<Journey> found = triggers.named(state.journey()).filter(j -> j.step(state.step()).isPresent());
        if (found.isEmpty()) {
            // the pack was edited under a waiting conversation: drop the journey and answer normally
            return Optional.empty();
        }
        Journey journey = found.get();
        String text = request.combinedText();
        Map<String, String> attributes = request.attributes();
        List<EngineCommand> out = new ArrayList<>();
        if (cues.cancels(text)) {
            out.add(new Understood("journey_cancel", 1, "journey"));
            say(out, "journey_cancelled", Map.of());
            out.add(new ClearJourney(journey.name(), Outcomes.CANCELLED));
            return Optional.of(out);
        }
        if (cues.corrects(text)) {
            Optional<JourneyEffect.Capture> correction = runtime.correction(journey, state, text, attributes);
            if (correction.isPresent()) {
                JourneyEffect.Capture c = correction.get();
                Map<String, String> corrected = new LinkedHashMap<>(attributes);
                corrected.put(c.name(), c.value());
                out.add(new Understood("journey_correction", 1, "journey"));
                out.addAll(commands(List.of(c)));
                // the pack's word for the attribute ("attribute_peso_kg: peso"), as product comparisons use it
                String label = templates.has("attribute_" + c.name())
                        ? templates.render("attribute_" + c.name(), Map.of()) : c.name();
                say(out, "journey_corrected", Map.of("name", label, "value", c.value()));
                out.addAll(commands(runtime.reask(journey, state, corrected)));
                return Optional.of(out);
            }
        }
        boolean freeText = journey.step(state.step()).orElseThrow() instanceof Step.Ask ask
                && ask.type() == AttributeType.TEXT;
        // any text answers a free-text question, so there only a clear question counts as an interruption
        if (freeText && text.contains("?")) {
            Optional<List<EngineCommand>> aside = interruption(journey, state, request, route.get(), true);
            if (aside.isPresent()) {
                return aside;
            }
        }
        if (!freeText) {
            // a clear request for another journey wins over a value read from it: "quero falar com uma pessoa" asks
            // for a person, it does not answer "quantos quilos?" with 1 (the intent alone decides: no routing)
            IntentClassifier.Prediction asked = social.apply(text);
            Optional<JourneyTriggers.Match> other = asked.intent() == null || asked.score() < handoffSure
                    ? Optional.empty() : triggers.byIntent(new Route.Social(asked.intent(), asked.score()))
                    .filter(m -> !m.journey().name().equals(journey.name()));
            if (other.isPresent()) {
                return Optional.of(switched(journey, other.get(), request));
            }
        }
        boolean productQuestion = journey.step(state.step()).orElseThrow() instanceof Step.Ask ask
                && ask.type() == AttributeType.PRODUCT;
        String answer = text;
        if (productQuestion) {
            // choosing needs comparing: "qual a diferença entre o A15 e o A16?" names products but chooses none
            if (route.get() instanceof Route.Compare) {
                return interruption(journey, state, request, route.get(), false);
            }
            // "quero o segundo" chooses from the list just shown; the catalog id reads as that product
            answer = listed.choice(text, request.history()).map(Product::id).orElse(text);
        }
        Optional<List<JourneyEffect>> answered = runtime.answer(journey, state, answer, attributes);
        if (productQuestion && answered.isPresent() && route.get() instanceof Route.Products
                && answered.get().stream().noneMatch(JourneyEffect.Capture.class::isInstance)) {
            // several products fit ("tem celular samsung?"): show them, as a seller would, instead of asking which
            Optional<List<EngineCommand>> options = interruption(journey, state, request, route.get(), false);
            if (options.isPresent()) {
                return options;
            }
        }
        if (answered.isPresent()) {
            out.add(new Understood(journey.name(), 1, "journey"));
            out.addAll(commands(answered.get()));
            return Optional.of(out);
        }
        if (!freeText) {
            Optional<List<EngineCommand>> other = switchTo(journey, request, route.get());
            if (other.isPresent()) {
                return other;
            }
            Optional<List<EngineCommand>> aside = interruption(journey, state, request, route.get(), false);
            if (aside.isPresent()) {
                return aside;
            }
        }
        out.add(new Understood("journey_retry", 0, "journey"));
        out.addAll(commands(runtime.retry(journey, state, attributes, null)));
        return Optional.of(out);
    }

    /**
     * Another journey, when the message is not an answer and clearly starts it ("quero trocar um produto" while the
     * order status journey waits for a number): the waiting journey ends with outcome {@code switched}. Only a sure
     * phrase match switches; the same journey's trigger is not a restart.
     */
    private Optional<List<EngineCommand>> switchTo(Journey current, EngineRequest request, Route route) {
        Optional<JourneyTriggers.Match> match = triggers.byPhrase(request.combinedText(), route)
                .filter(m -> m.score() >= triggers.phraseSure() && !m.journey().name().equals(current.name()));
        return match.map(m -> switched(current, m, request));
    }

    private List<EngineCommand> switched(Journey current, JourneyTriggers.Match match, EngineRequest request) {
        List<EngineCommand> out = new ArrayList<>();
        out.add(new ClearJourney(current.name(), SWITCHED));
        out.add(new Understood(match.journey().name(), match.score(), "journey"));
        out.addAll(commands(openings.opening(match.journey(), request)));
        return out;
    }

    /**
     * The router's answer to a message about something else, then the pending question again; the journey stays
     * where it was and the aside does not count as a failed answer. After a request for a person the question is
     * not repeated: the journey waits and resumes when the person hands the conversation back.
     */
    private Optional<List<EngineCommand>> interruption(Journey journey, JourneyState state, EngineRequest request,
                                                       Route route, boolean freeText) {
        String text = request.combinedText();
        boolean question = text.contains("?");
        boolean aside = switch (route) {
            case Route.Knowledge k -> question || topics.policy(text);
            // a statement the store's knowledge cannot answer is more likely a failed answer ("meu email é maria
            // arroba") than a side question: asking again helps, "I don't know" does not
            case Route.Unknown u -> !freeText && question;
            case Route.Products p -> question || topics.product(text);
            case Route.NoProducts n -> !freeText && (question || topics.product(text));
            case Route.Compare c -> true;
            case Route.Social s -> !freeText && (!Replies.HANDOFF_INTENT.equals(s.intent().name())
                    || s.confidence() >= handoffSure);
            case Route.OutOfScope o -> !freeText && question;
            case Route.Fallback f -> false;
        };
        if (!aside) {
            return Optional.empty();
        }
        List<EngineCommand> out = new ArrayList<>(replies.reply(route, request));
        if (out.stream().noneMatch(EngineCommand.RequestHandoff.class::isInstance)) {
            out.addAll(commands(runtime.reask(journey, state, request.attributes())));
        }
        return Optional.of(out);
    }

    private void say(List<EngineCommand> out, String template, Map<String, String> values) {
        if (templates.has(template)) {
            out.add(new Say(templates.render(template, values)));
        }
    }

    /** What the runtime proposes, as the engine's commands. */
    private List<EngineCommand> commands(List<JourneyEffect> effects) {
        List<EngineCommand> out = new ArrayList<>();
        for (JourneyEffect effect : effects) {
            switch (effect) {
                case JourneyEffect.Say s -> out.add(Choices.say(s, templates));
                case JourneyEffect.Capture c -> out.add(new EngineCommand.SetAttribute(c.name(), c.value()));
                case JourneyEffect.Consent c -> out.add(new EngineCommand.RecordConsent(c.attribute(), c.granted(),
                        c.textShown()));
                case JourneyEffect.Handoff h -> {
                    if (h.text() != null) {
                        out.add(new Say(h.text()));
                    } else {
                        say(out, "journey_handoff", Map.of());
                    }
                    out.add(new EngineCommand.RequestHandoff(h.reason()));
                }
                case JourneyEffect.Wait w -> out.add(new EngineCommand.SetJourney(w.state()));
                case JourneyEffect.End e -> out.add(new ClearJourney(e.journey(), e.outcome()));
            }
        }
        return out;
    }
}
