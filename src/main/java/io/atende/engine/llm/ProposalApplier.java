package io.atende.engine.llm;

import io.atende.engine.Choices;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineRequest;
import io.atende.journey.Journey;
import io.atende.journey.JourneyEffect;
import io.atende.journey.JourneyRuntime;
import io.atende.journey.JourneyState;
import io.atende.journey.Outcomes;
import io.atende.journey.Step;
import io.atende.knowledge.KnowledgeBase;
import io.atende.knowledge.ProductQuery;
import io.atende.llm.LlmException;
import io.atende.pack.MessageTemplates;
import io.atende.pack.Product;
import io.atende.pack.PromptTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Executes the decision model's proposals in code and returns the engine's commands. Journeys run on the same
 * {@link JourneyRuntime} as the local engine: the pack's validators decide whether a value is valid (an invalid CPF
 * gets the runtime's retry message, whatever the model thought), and the journey's own messages are what the
 * customer gets. Answers from knowledge, products or store tools are written by the conversation model.
 */
final class ProposalApplier {

    /** Sections and products a reply is written from. */
    private static final int SECTIONS = 3;
    private static final int PRODUCTS = 5;

    private final DecisionPrompt decisions;
    private final JourneyRuntime runtime;
    private final KnowledgeBase knowledge;
    private final MessageTemplates messages;
    private final PromptTemplates prompts;
    private final ActionFunctions functions;
    private final ReplyWriter writer;

    ProposalApplier(DecisionPrompt decisions, JourneyRuntime runtime, KnowledgeBase knowledge,
                    MessageTemplates messages, PromptTemplates prompts, ActionFunctions functions,
                    ReplyWriter writer) {
        this.decisions = decisions;
        this.runtime = runtime;
        this.knowledge = knowledge;
        this.messages = messages;
        this.prompts = prompts;
        this.functions = functions;
        this.writer = writer;
    }

    /** One turn's commands for the proposals, applied in the model's order. */
    List<EngineCommand> apply(List<Proposal> proposals, EngineRequest request, TurnSources sources) {
        Turn turn = new Turn(request, sources);
        if (request.journey() != null && decisions.pending(request.journey()).isEmpty()) {
            // the pack was edited under a waiting conversation: drop the journey, as the local engine does
            turn.out.add(new EngineCommand.ClearJourney(request.journey().journey(), "journey_removed"));
            turn.state = null;
        }
        Proposal first = proposals.getFirst();
        turn.out.addFirst(new EngineCommand.Understood(first instanceof Proposal.StartJourney s ? s.journey()
                : first.function(), 1, "llm"));
        boolean reply = false;
        for (Proposal proposal : proposals) {
            switch (proposal) {
                case Proposal.StartJourney s -> start(turn, s.journey());
                case Proposal.SetAttribute a -> answer(turn, a);
                case Proposal.CancelJourney c -> {
                    Journey journey = waiting(turn, c);
                    say(turn, "journey_cancelled");
                    turn.out.add(new EngineCommand.ClearJourney(journey.name(), Outcomes.CANCELLED));
                    turn.state = null;
                }
                case Proposal.HandOff h -> {
                    say(turn, "handoff_registered");
                    turn.out.add(new EngineCommand.RequestHandoff(h.reason()));
                    return turn.out;
                }
                case Proposal.AnswerFromKnowledge k -> {
                    sources.addSections(knowledge.searchKnowledge(k.query(), SECTIONS).stream()
                            .map(hit -> hit.entry()).toList());
                    reply = true;
                }
                case Proposal.SearchProducts p -> {
                    sources.addProducts(products(p));
                    reply = true;
                }
                case Proposal.SmallTalk t -> reply = true;
                case Proposal.AskToClarify q -> turn.out.add(new EngineCommand.Say(writer.checked(q.question(),
                        sources)));
                case Proposal.SendMessage m -> turn.out.add(new EngineCommand.Say(messages.render(
                        functions.message(m.code()).orElseThrow(() -> new UnusableOutput(
                                "the model chose a message code that was not offered")), Map.of())));
                case Proposal.CallTool t -> {
                    // run by the decision loop before the actions are applied
                }
                case Proposal.BadToolCall b -> {
                    // told to the model by the decision loop, never sent
                }
            }
        }
        if (reply) {
            turn.out.add(sources.reply(writer.write(request, sources)));
            if (turn.state != null && decisions.pending(turn.state).isPresent()) {
                // the journey still waits: ask its question again after the aside
                Journey journey = decisions.journey(turn.state.journey()).orElseThrow();
                effects(turn, runtime.reask(journey, turn.state, turn.attributes));
            }
        }
        if (turn.finished != null) {
            closing(turn);
        }
        return turn.out;
    }

    private void start(Turn turn, String name) {
        Journey journey = decisions.journey(name)
                .orElseThrow(() -> new UnusableOutput("the model started a journey the pack does not have"));
        if (turn.state != null && turn.state.journey().equals(name)) {
            effects(turn, runtime.reask(journey, turn.state, turn.attributes));
            return;
        }
        if (turn.state != null) {
            turn.out.add(new EngineCommand.ClearJourney(turn.state.journey(), "switched"));
            turn.state = null;
        }
        effects(turn, runtime.start(journey, turn.attributes));
    }

    private void answer(Turn turn, Proposal.SetAttribute value) {
        Journey journey = waiting(turn, value);
        Step pending = journey.step(turn.state.step()).orElseThrow();
        String awaited = switch (pending) {
            case Step.Ask ask -> ask.attribute();
            case Step.Consent consent -> consent.attribute();
            default -> null;
        };
        if (!value.name().equals(awaited)) {
            throw new UnusableOutput("the model set an attribute the journey is not waiting for");
        }
        // the runtime's reader validates: an invalid value gets the reader's message, an absent one the retry
        JourneyState state = turn.state;
        effects(turn, runtime.answer(journey, state, value.value(), turn.attributes)
                .orElseGet(() -> runtime.retry(journey, state, turn.attributes, null)));
    }

    private Journey waiting(Turn turn, Proposal proposal) {
        if (turn.state == null) {
            throw new UnusableOutput("the model called " + proposal.function() + " outside any journey");
        }
        return decisions.journey(turn.state.journey()).orElseThrow();
    }

    private List<Product> products(Proposal.SearchProducts search) {
        String category = search.category() == null ? null : search.category().toLowerCase(Locale.ROOT);
        List<Product> found = knowledge.searchProducts(new ProductQuery(search.query(), search.minPrice(),
                search.maxPrice()), PRODUCTS * 2).stream().map(hit -> hit.product()).toList();
        List<Product> inCategory = category == null ? found : found.stream()
                .filter(p -> p.category() != null && p.category().toLowerCase(Locale.ROOT).contains(category))
                .toList();
        // a category the model guessed wrong must not hide what the search found
        return (inCategory.isEmpty() ? found : inCategory).stream().limit(PRODUCTS).toList();
    }

    /** A closing line after a journey that reached its end; the journey's own messages already said everything. */
    private void closing(Turn turn) {
        Journey journey = decisions.journey(turn.finished.journey()).orElseThrow();
        String task = prompts.render("closing_message", Map.of("journey", journey.name(),
                "goal", journey.goal() == null ? "" : journey.goal().strip(), "outcome", turn.finished.outcome()));
        try {
            turn.out.add(new EngineCommand.Say(writer.write(turn.request, turn.sources, task)));
        } catch (LlmException | UnusableOutput e) {
            // the journey's messages stand on their own; the closing line is a courtesy
        }
    }

    private void effects(Turn turn, List<JourneyEffect> effects) {
        for (JourneyEffect effect : effects) {
            switch (effect) {
                case JourneyEffect.Say s -> {
                    turn.out.add(Choices.say(s, messages));
                    turn.sources.addSaid(s.text());
                }
                case JourneyEffect.Capture c -> {
                    turn.out.add(new EngineCommand.SetAttribute(c.name(), c.value()));
                    turn.attributes.put(c.name(), c.value());
                }
                case JourneyEffect.Consent c -> turn.out.add(new EngineCommand.RecordConsent(c.attribute(),
                        c.granted(), c.textShown()));
                case JourneyEffect.Handoff h -> {
                    if (h.text() != null) {
                        turn.out.add(new EngineCommand.Say(h.text()));
                    } else {
                        say(turn, "journey_handoff");
                    }
                    turn.out.add(new EngineCommand.RequestHandoff(h.reason()));
                }
                case JourneyEffect.Wait w -> {
                    turn.out.add(new EngineCommand.SetJourney(w.state()));
                    turn.state = w.state();
                }
                case JourneyEffect.End e -> {
                    turn.out.add(new EngineCommand.ClearJourney(e.journey(), e.outcome()));
                    turn.state = null;
                    boolean closed = Outcomes.HANDOFF.equals(e.outcome()) || Outcomes.CANCELLED.equals(e.outcome());
                    turn.finished = closed ? null : e;
                }
            }
        }
    }

    private void say(Turn turn, String template) {
        if (messages.has(template)) {
            turn.out.add(new EngineCommand.Say(messages.render(template, Map.of())));
        }
    }

    /** What the turn has done so far: the commands, and where the journey and attributes now stand. */
    private static final class Turn {
        final EngineRequest request;
        final TurnSources sources;
        final List<EngineCommand> out = new ArrayList<>();
        final Map<String, String> attributes;
        JourneyState state;
        JourneyEffect.End finished;

        Turn(EngineRequest request, TurnSources sources) {
            this.request = request;
            this.sources = sources;
            this.attributes = new LinkedHashMap<>(request.attributes());
            this.state = request.journey();
        }
    }
}
