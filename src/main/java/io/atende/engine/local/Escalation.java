package io.atende.engine.local;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineCommand.RequestHandoff;
import io.atende.engine.EngineCommand.Say;
import io.atende.engine.EngineCommand.Understood;
import io.atende.engine.EngineRequest;
import io.atende.nlu.extract.Extractors;
import io.atende.nlu.extract.YesNo;
import io.atende.nlu.sentiment.SentimentAnalyzer;
import io.atende.nlu.sentiment.SentimentResult;
import io.atende.pack.MessageTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When the local engine hands the conversation to a person without being asked in so many words: the customer says
 * yes to the person the {@code fallback_repeat} message offered, misunderstanding goes on after that offer, or a
 * message is strongly negative ("que absurdo, péssimo atendimento, quero meu dinheiro de volta!!"). An angry
 * customer is not kept talking to a bot; a journey in progress stays where it was, to resume when the person hands
 * the conversation back.
 */
final class Escalation {

    static final String ROUTE = "handoff";

    private final MessageTemplates templates;
    private final Extractors extractors;
    private final SentimentAnalyzer sentiment;
    private final double strongNegative;

    /**
     * @param sentiment      the analyzer for the pack's language, or null when there is none (no sentiment handoff)
     * @param strongNegative sentiment score at or below which a message goes to a person
     */
    Escalation(MessageTemplates templates, Extractors extractors, SentimentAnalyzer sentiment, double strongNegative) {
        this.templates = templates;
        this.extractors = extractors;
        this.sentiment = sentiment;
        this.strongNegative = strongNegative;
    }

    /** A handoff this turn calls for before anything else is read, or empty. */
    Optional<List<EngineCommand>> decide(EngineRequest request) {
        String text = request.combinedText();
        if (sentiment != null) {
            SentimentResult tone = sentiment.analyze(text);
            // objections (price, freight, delivery time) are concerns the agent answers, not anger at the store
            if (tone.score() <= strongNegative && tone.objections().isEmpty()) {
                return Optional.of(handoff("negative_sentiment", -tone.score(), "handoff_sentiment",
                        "strongly negative message (sentiment %.2f)".formatted(tone.score())));
            }
        }
        if (request.journey() == null && offered(request)) {
            YesNo answer = extractors.yesNo(text);
            if (answer == YesNo.YES) {
                return Optional.of(handoff("handoff_accepted", 1, "handoff_registered",
                        "customer accepted a person after repeated misunderstanding"));
            }
            // a plain "não" turns the person down; it is no third misunderstanding to hand off on
            if (answer == YesNo.NO && templates.has("handoff_declined")) {
                return Optional.of(List.of(new Understood("handoff_declined", 1, "intent"),
                        new Say(templates.render("handoff_declined", Map.of()))));
            }
        }
        return Optional.empty();
    }

    /** The turn after the person was offered is not understood either: the person is called. */
    List<EngineCommand> afterOffer() {
        return handoff("fallback_handoff", 0, "fallback_handoff", "repeated misunderstanding");
    }

    /** Whether the agent's last message offered a person because it did not understand twice. */
    boolean offered(EngineRequest request) {
        return templates.render("fallback_repeat", Map.of()).equals(lastAgentMessage(request));
    }

    static String lastAgentMessage(EngineRequest request) {
        String last = null;
        for (EngineRequest.HistoryEntry e : request.history()) {
            if (!e.fromCustomer()) {
                last = e.text();
            }
        }
        return last;
    }

    /**
     * The pack's message for the moment, else its general handoff message, else the journeys' one, else none (the
     * request still goes; the pack loader warns about it).
     */
    private List<EngineCommand> handoff(String intent, double confidence, String template, String reason) {
        List<EngineCommand> out = new ArrayList<>();
        out.add(new Understood(intent, confidence, ROUTE));
        java.util.stream.Stream.of(template, "handoff_registered", "journey_handoff").filter(templates::has).findFirst()
                .ifPresent(key -> out.add(new Say(templates.render(key, Map.of()))));
        out.add(new RequestHandoff(reason));
        return out;
    }
}
