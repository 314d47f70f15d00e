package io.atende.conversation;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.journey.JourneyState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an engine's decision does to a conversation's state, computed without touching storage: the one place where
 * commands are applied, used by the turn pipeline before it commits and by the conversation tests
 * ({@code ./atende test}), so a test sees exactly the state a real conversation would keep.
 *
 * @param attributes    the captured attributes after the turn
 * @param journey       the journey state after the turn, {@code null} when the conversation is in none
 * @param handoff       the handoff state after the turn ({@code none}, {@code requested}, ...)
 * @param handoffReason why a person was asked for, or the earlier reason
 * @param said          what is sent to the customer, in order (texts, with what they offer to tap)
 * @param events        the conversation events the turn records, each with its {@code type}
 * @param understood    how the turn was understood, {@code null} when the engine did not say
 * @param proactive     the contact opted out of proactive messages (or in again) on this turn, {@code null} if not
 */
public record TurnEffects(Map<String, String> attributes, JourneyState journey, String handoff, String handoffReason,
                          List<EngineCommand.Say> said, List<Map<String, Object>> events,
                          EngineCommand.Understood understood, ProactiveConsent proactive) {

    public TurnEffects {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        said = List.copyOf(said);
        events = List.copyOf(events);
    }

    /** Effects of a turn that changed nothing about proactive messages. */
    public TurnEffects(Map<String, String> attributes, JourneyState journey, String handoff, String handoffReason,
                       List<EngineCommand.Say> said, List<Map<String, Object>> events,
                       EngineCommand.Understood understood) {
        this(attributes, journey, handoff, handoffReason, said, events, understood, null);
    }

    /** The texts sent to the customer, in order. */
    public List<String> replies() {
        return said.stream().map(EngineCommand.Say::text).toList();
    }

    /**
     * Whether the contact accepts proactive messages (follow-ups), as the customer last said.
     *
     * @param optedOut true when the customer asked to stop them, false when they asked for them again
     * @param text     the customer's words
     * @param at       when they said it
     */
    public record ProactiveConsent(boolean optedOut, String text, Instant at) {
    }

    /**
     * Applies the decision's commands in order to the state a conversation had before the turn; {@code now} is the
     * time recorded with a consent.
     */
    public static TurnEffects apply(Map<String, String> attributesBefore, JourneyState journeyBefore,
                                    String handoffBefore, String reasonBefore, EngineDecision decision, Instant now) {
        Map<String, String> attributes = new LinkedHashMap<>(attributesBefore);
        JourneyState journey = journeyBefore;
        String handoff = handoffBefore;
        String handoffReason = reasonBefore;
        List<EngineCommand.Say> said = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        EngineCommand.Understood understood = null;
        ProactiveConsent proactive = null;
        for (EngineCommand command : decision.commands()) {
            switch (command) {
                case EngineCommand.Say say -> said.add(say);
                case EngineCommand.SetAttribute set -> {
                    attributes.put(set.name(), set.value());
                    events.add(Map.of("type", "attribute.set", "name", set.name(), "value", set.value()));
                }
                case EngineCommand.RequestHandoff h -> {
                    if ("none".equals(handoff)) {
                        handoff = "requested";
                        handoffReason = h.reason();
                        events.add(Map.of("type", "handoff.requested", "reason", h.reason()));
                    }
                }
                case EngineCommand.Understood u -> understood = u;
                case EngineCommand.SetJourney set -> {
                    if (journey == null || !journey.journey().equals(set.state().journey())) {
                        events.add(Map.of("type", "journey.started", "journey", set.state().journey()));
                    }
                    journey = set.state();
                }
                case EngineCommand.ClearJourney clear -> {
                    journey = null;
                    events.add(Map.of("type", "journey.ended", "journey", clear.journey(), "outcome", clear.outcome()));
                }
                // the event's time is the moment of the consent; the text is exactly what the customer was shown
                case EngineCommand.RecordConsent consent -> events.add(Map.of("type", "consent.recorded",
                        "attribute", consent.attribute(), "granted", consent.granted(), "text", consent.textShown(),
                        "at", now.toString()));
                // the contact's own words and the time are the record of the opt-out (LGPD); both are sealed at rest
                case EngineCommand.OptOut out -> {
                    proactive = new ProactiveConsent(true, out.text(), now);
                    events.add(Map.of("type", "contact.opted_out", "text", out.text(), "at", now.toString()));
                }
                case EngineCommand.OptIn in -> {
                    proactive = new ProactiveConsent(false, in.text(), now);
                    events.add(Map.of("type", "contact.opted_in", "text", in.text(), "at", now.toString()));
                }
            }
        }
        return new TurnEffects(attributes, journey, handoff, handoffReason, said, events, understood, proactive);
    }
}
