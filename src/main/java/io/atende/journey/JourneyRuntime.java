package io.atende.journey;

import io.atende.journey.AttributeReader.Reading;
import io.atende.journey.JourneyEffect.Capture;
import io.atende.journey.JourneyEffect.End;
import io.atende.journey.JourneyEffect.Handoff;
import io.atende.journey.JourneyEffect.Say;
import io.atende.journey.JourneyEffect.Wait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Walks a conversation through a {@link Journey}: runs steps until one waits for the customer (ask, consent) or the
 * journey ends (handoff, finish), and returns what should happen as {@link JourneyEffect}s. It keeps no state of its
 * own: everything it needs between turns is in the {@link JourneyState} it returns, so a journey resumes after a
 * pause, a restart or another instance. It decides nothing about interruptions, cancellation or corrections beyond
 * the journey itself: the engine calls {@link #answer}, {@link #retry}, {@link #reask} and {@link #correction}.
 */
public final class JourneyRuntime {

    /** A journey whose steps loop without waiting for the customer is a pack mistake; stop rather than spin. */
    private static final int MAX_STEPS_PER_TURN = 100;
    /** Consent steps have no max_retries in the pack: after this many unclear answers the consent counts as not given. */
    static final int CONSENT_RETRIES = 2;

    private final AttributeReader reader;
    private final ToolCaller tools;

    public JourneyRuntime(AttributeReader reader, ToolCaller tools) {
        this.reader = reader;
        this.tools = tools;
    }

    /** Starts a journey at its first step; attributes already known are not asked again. */
    public List<JourneyEffect> start(Journey journey, Map<String, String> attributes) {
        return run(journey, journey.start().id(), new LinkedHashMap<>(attributes), new LinkedHashMap<>(),
                new ArrayList<>());
    }

    /**
     * The customer's answer to the pending step. Empty when the text holds no value of the step's type, so the
     * engine can tell an interruption ("e o frete?") from an answer it did not understand. An invalid value (a CPF
     * with wrong digits) is a retry with the reader's message.
     */
    public Optional<List<JourneyEffect>> answer(Journey journey, JourneyState state, String text,
                                                Map<String, String> attributes) {
        Step pending = pending(journey, state);
        Map<String, String> known = new LinkedHashMap<>(attributes);
        Map<String, Object> results = new LinkedHashMap<>(state.results());
        List<JourneyEffect> out = new ArrayList<>();
        switch (pending) {
            case Step.Ask ask -> {
                switch (reader.read(ask.type(), text)) {
                    case Reading.Found found -> {
                        out.add(new Capture(ask.attribute(), found.value()));
                        known.put(ask.attribute(), found.value());
                        return Optional.of(run(journey, ask.next(), known, results, out));
                    }
                    case Reading.Invalid invalid -> {
                        return Optional.of(retry(journey, state, attributes, invalid.message()));
                    }
                    case Reading.Absent absent -> {
                        return Optional.empty();
                    }
                }
            }
            case Step.Consent consent -> {
                if (!(reader.read(AttributeType.YES_NO, text) instanceof Reading.Found found)) {
                    return Optional.empty();
                }
                boolean granted = Boolean.parseBoolean(found.value());
                String shown = facts(journey, attributes, results).render(consent.text());
                out.add(new JourneyEffect.Consent(consent.attribute(), granted, shown));
                out.add(new Capture(consent.attribute(), Boolean.toString(granted)));
                known.put(consent.attribute(), Boolean.toString(granted));
                return Optional.of(run(journey, consent.next(), known, results, out));
            }
            default -> throw new IllegalStateException("journey " + journey.name() + " waits at step " + state.step()
                    + ", which does not wait for an answer");
        }
    }

    /**
     * An answer that was not understood: the retry message (the reader's, else the step's {@code retry}, else the
     * question again), or, after the last retry, the step's {@code on_fail} path (a handoff when it has none).
     */
    public List<JourneyEffect> retry(Journey journey, JourneyState state, Map<String, String> attributes,
                                     String message) {
        JourneyState retried = state.retried();
        Facts facts = facts(journey, attributes, state.results());
        Map<String, String> known = new LinkedHashMap<>(attributes);
        Map<String, Object> results = new LinkedHashMap<>(state.results());
        return switch (pending(journey, state)) {
            case Step.Ask ask when retried.retries() > ask.maxRetries() -> ask.onFail() == null
                    ? giveUp(journey, ask.id(), "no valid answer for " + ask.attribute(), new ArrayList<>())
                    : run(journey, ask.onFail(), known, results, new ArrayList<>());
            case Step.Ask ask -> List.of(new Say(message != null ? message
                    : facts.render(ask.retry() != null ? ask.retry() : ask.text()), ask.type(), choices(ask, facts)),
                    new Wait(retried));
            case Step.Consent consent when retried.retries() > CONSENT_RETRIES -> {
                // an unclear answer is never taken as an opt-in: the journey goes on as if it was refused
                known.put(consent.attribute(), "false");
                List<JourneyEffect> out = new ArrayList<>(List.of(new Capture(consent.attribute(), "false")));
                yield run(journey, consent.next(), known, results, out);
            }
            case Step.Consent consent -> List.of(new Say(facts.render(consent.text()), AttributeType.YES_NO),
                    new Wait(retried));
            default -> throw new IllegalStateException("step " + state.step() + " does not wait for an answer");
        };
    }

    /** The pending question again, after the engine answered something else (an FAQ, a correction). */
    public List<JourneyEffect> reask(Journey journey, JourneyState state, Map<String, String> attributes) {
        Facts facts = facts(journey, attributes, state.results());
        Say question = switch (pending(journey, state)) {
            case Step.Ask ask -> new Say(facts.render(ask.text()), ask.type(), choices(ask, facts));
            case Step.Consent consent -> new Say(facts.render(consent.text()), AttributeType.YES_NO);
            default -> throw new IllegalStateException("step " + state.step() + " does not wait for an answer");
        };
        return List.of(question, new Wait(state));
    }

    /**
     * A new value for an attribute this journey already captured ("na verdade o CEP é 30140-071"): the first ask
     * step, other than the pending one, whose typed value is in the text and differs from what is known. A step
     * whose attribute the text names wins over the others. Free-text attributes are never corrected this way:
     * any text would match them. Steps already run (a tool called with the old value) are not run again.
     */
    public Optional<Capture> correction(Journey journey, JourneyState state, String text,
                                        Map<String, String> attributes) {
        String lower = text.toLowerCase(Locale.ROOT);
        Capture found = null;
        for (Step step : journey.steps()) {
            if (step instanceof Step.Ask ask && !ask.id().equals(state.step()) && ask.type() != AttributeType.TEXT
                    && attributes.containsKey(ask.attribute())
                    && reader.read(ask.type(), text) instanceof Reading.Found value
                    && !value.value().equals(attributes.get(ask.attribute()))) {
                Capture capture = new Capture(ask.attribute(), value.value());
                if (lower.contains(ask.attribute().replace('_', ' ').toLowerCase(Locale.ROOT))) {
                    return Optional.of(capture);
                }
                if (found == null) {
                    found = capture;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Rules read values as kept; messages show captured values as the reader writes them for people. */
    private Facts facts(Journey journey, Map<String, String> attributes, Map<String, Object> results) {
        Map<String, String> shown = new HashMap<>();
        Map<String, Object> structured = new HashMap<>();
        for (Step step : journey.steps()) {
            if (step instanceof Step.Ask ask && attributes.containsKey(ask.attribute())) {
                String kept = attributes.get(ask.attribute());
                shown.put(ask.attribute(), reader.display(ask.type(), kept));
                if (reader.fact(ask.type(), kept) instanceof Map<?, ?> fields) {
                    structured.put(ask.attribute(), fields);
                    fields.forEach((field, value) -> {
                        if (value instanceof java.math.BigDecimal amount) {
                            shown.put(ask.attribute() + "." + field,
                                    reader.display(AttributeType.MONEY, amount.toPlainString()));
                        }
                    });
                }
            }
        }
        return new Facts(attributes, structured, results, shown,
                amount -> reader.display(AttributeType.MONEY, amount));
    }

    /** The step's answers to tap, placeholders filled; one that renders empty is left out. */
    private static List<String> choices(Step.Ask ask, Facts facts) {
        return ask.choices().stream().map(facts::render).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static Step pending(Journey journey, JourneyState state) {
        return journey.step(state.step()).orElseThrow(() -> new IllegalStateException(
                "journey " + journey.name() + " has no step " + state.step()));
    }

    private List<JourneyEffect> run(Journey journey, String from, Map<String, String> attributes,
                                    Map<String, Object> results, List<JourneyEffect> out) {
        String id = from;
        for (int i = 0; i < MAX_STEPS_PER_TURN; i++) {
            if (id == null) {
                // the loader gives every continuing step a next; a journey that simply runs out has completed
                out.add(new End(journey.name(), "completed"));
                return out;
            }
            Step step = journey.step(id).orElseThrow();
            Facts facts = facts(journey, attributes, results);
            switch (step) {
                case Step.Say say -> {
                    out.add(new Say(facts.render(say.text())));
                    id = say.next();
                }
                case Step.Ask ask when attributes.containsKey(ask.attribute()) -> id = ask.next();
                case Step.Ask ask -> {
                    out.add(new Say(facts.render(ask.text()), ask.type(), choices(ask, facts)));
                    out.add(new Wait(new JourneyState(journey.name(), ask.id(), 0, results)));
                    return out;
                }
                // a consent is asked again unless it was given: a refusal earlier must not block a new request
                case Step.Consent consent when "true".equals(attributes.get(consent.attribute())) -> id = consent.next();
                case Step.Consent consent -> {
                    out.add(new Say(facts.render(consent.text()), AttributeType.YES_NO));
                    out.add(new Wait(new JourneyState(journey.name(), consent.id(), 0, results)));
                    return out;
                }
                case Step.CallTool call -> {
                    Optional<Map<String, Object>> answer = call(call, facts);
                    if (answer.isPresent()) {
                        results.put(call.saveAs(), answer.get());
                        id = call.next();
                    } else if (call.onError() != null) {
                        id = call.onError();
                    } else {
                        return giveUp(journey, call.id(), "tool " + call.tool() + " failed", out);
                    }
                }
                case Step.Branch branch -> {
                    Optional<String> go = decide(branch, facts);
                    if (go.isPresent()) {
                        id = go.get();
                    } else if (branch.onError() != null) {
                        id = branch.onError();
                    } else {
                        return giveUp(journey, branch.id(), "a rule could not be decided", out);
                    }
                }
                case Step.Handoff handoff -> {
                    out.add(new Handoff(facts.render(handoff.reason()), facts.render(handoff.text())));
                    out.add(new End(journey.name(), Outcomes.HANDOFF));
                    return out;
                }
                case Step.Finish finish -> {
                    if (finish.text() != null) {
                        out.add(new Say(facts.render(finish.text())));
                    }
                    out.add(new End(journey.name(), finish.outcome()));
                    return out;
                }
            }
        }
        return giveUp(journey, id, "steps loop without waiting for the customer", out);
    }

    /** The tool's answer, or empty when a parameter cannot be evaluated or the call failed. */
    private Optional<Map<String, Object>> call(Step.CallTool call, Facts facts) {
        Map<String, Object> parameters = new HashMap<>();
        try {
            call.parameters().forEach((name, rule) -> parameters.put(name, rule.value(facts.asMap())));
        } catch (RuleEvaluationException e) {
            return Optional.empty();
        }
        return switch (tools.call(call.tool(), parameters)) {
            case ToolCaller.Result.Answered answered -> Optional.of(answered.answer());
            case ToolCaller.Result.Failed failed -> Optional.empty();
        };
    }

    /** Where the first holding rule goes, else {@code otherwise}; empty when a rule cannot be decided. */
    private static Optional<String> decide(Step.Branch branch, Facts facts) {
        try {
            for (Step.When when : branch.rules()) {
                if (when.rule().test(facts.asMap())) {
                    return Optional.of(when.go());
                }
            }
            return Optional.ofNullable(branch.otherwise());
        } catch (RuleEvaluationException e) {
            return Optional.empty();
        }
    }

    /** A journey that cannot go on hands the conversation to a person; the engine words the message. */
    private static List<JourneyEffect> giveUp(Journey journey, String step, String why, List<JourneyEffect> out) {
        out.add(new Handoff("journey " + journey.name() + " stopped at step " + step + ": " + why, null));
        out.add(new End(journey.name(), Outcomes.HANDOFF));
        return out;
    }
}
