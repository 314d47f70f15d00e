package io.atende.engine.local;

import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.journey.JourneyRuntime;
import io.atende.journey.ToolCaller;
import io.atende.knowledge.KnowledgeBase;
import io.atende.nlu.extract.Extractors;
import io.atende.nlu.sentiment.SentimentAnalyzer;
import io.atende.pack.Pack;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The embedded engine: works offline with no API key. It runs the pack's journeys (capturing attributes with the
 * NLU extractors, calling tools through a {@link ToolCaller}), answers the pack's social intents, policy questions
 * from the knowledge sections, product questions from the catalog, and falls back kindly (offering a person when it
 * fails twice in a row). A customer who asks to stop the store's messages ("PARAR") gets an opt-out recorded and
 * confirmed, whatever else the turn says (see {@link OptOutCues}). It keeps no conversation state: the journey
 * state comes in the request and goes back as commands.
 */
public final class LocalEngine implements Engine {

    /** Trigger-phrase similarity that starts a journey, and the one that starts it even over a knowledge answer. */
    private static final double JOURNEY_PHRASE_MIN = 0.6;
    private static final double JOURNEY_PHRASE_SURE = 0.8;

    private final Router router;
    private final Replies replies;
    private final JourneyTurns journeys;
    private final OptOutCues optOut;
    private final Escalation escalation;

    /** An engine whose journeys reach no tools: every {@code call_tool} step takes its {@code on_error} path. */
    public LocalEngine(Pack pack, KnowledgeBase knowledge) {
        this(pack, knowledge, new UnavailableTools(), Clock.systemUTC());
    }

    /**
     * @param tools the tool runtime journeys call
     * @param clock what "today" is for dates the customer writes ("amanhã", "dia 5")
     */
    public LocalEngine(Pack pack, KnowledgeBase knowledge, ToolCaller tools, Clock clock) {
        this.router = new Router(pack, knowledge, Calibration.DEFAULT);
        Extractors extractors = Extractors.forPack(pack, clock);
        this.escalation = new Escalation(pack.messages(), extractors,
                "pt".equals(pack.identity().language().getLanguage()) ? SentimentAnalyzer.ptBr() : null,
                Calibration.DEFAULT.handoffSentiment());
        this.replies = new Replies(pack, knowledge, escalation);
        this.optOut = new OptOutCues(pack.messages());
        JourneyRuntime runtime = new JourneyRuntime(new ExtractorReader(extractors,
                pack.identity().language(), new Catalog(pack.products())), tools);
        JourneyTriggers triggers = new JourneyTriggers(pack.journeys(), knowledge::normalize, JOURNEY_PHRASE_MIN,
                JOURNEY_PHRASE_SURE);
        this.journeys = new JourneyTurns(runtime, triggers, new JourneyCues(), replies, pack.messages(),
                new Cues(pack, knowledge), Calibration.DEFAULT.socialSure(),
                new ListedProducts(pack.products(), knowledge), router::social);
    }

    /**
     * How this pack's journeys read and show the customer's answers (the NLU extractors): another engine that runs
     * the same journeys, such as the LLM engine, validates values exactly as this one does.
     */
    public static io.atende.journey.AttributeReader attributeReader(Pack pack, Clock clock) {
        return new ExtractorReader(Extractors.forPack(pack, clock), pack.identity().language(),
                new Catalog(pack.products()));
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public EngineDecision decide(EngineRequest request) {
        // before journeys: "não quero mais mensagens" must not read as giving up the journey ("não quero mais"), and
        // the journey stays where it was, so the customer can go on with it after the confirmation
        Optional<List<EngineCommand>> preference = optOut.decide(request);
        if (preference.isPresent()) {
            return new EngineDecision(preference.get());
        }
        // an answer to a free-text question ("me conta o que aconteceu") describes the problem, often angrily: it is
        // the answer the journey waits for, not a reason to leave it
        Optional<List<EngineCommand>> escalated = journeys.waitsForText(request.journey()) ? Optional.empty()
                : escalation.decide(request);
        if (escalated.isPresent()) {
            return new EngineDecision(escalated.get());
        }
        List<EngineCommand> out = new ArrayList<>();
        if (request.journey() != null) {
            Route[] routed = new Route[1];
            // routing searches the indexes: only when the journey needs it (an answer to the question does not)
            Supplier<Route> route = () -> routed[0] != null ? routed[0]
                    : (routed[0] = router.route(request.combinedText(), request.history()));
            Optional<List<EngineCommand>> inJourney = journeys.resume(request, route);
            if (inJourney.isPresent()) {
                return new EngineDecision(inJourney.get());
            }
            // the pack no longer has that journey (or that step): leave it and answer as if there were none
            out.add(new EngineCommand.ClearJourney(request.journey().journey(), "journey_removed"));
        }
        Route route = router.route(request.combinedText(), request.history());
        out.addAll(journeys.start(request, route).orElseGet(() -> replies.reply(route, request)));
        return new EngineDecision(out);
    }
}
