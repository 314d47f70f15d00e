package io.atende.dataset;

import io.atende.conversation.TurnEffects;
import io.atende.engine.Engine;
import io.atende.engine.EngineCommand;
import io.atende.engine.EngineDecision;
import io.atende.engine.EngineRequest;
import io.atende.pack.ConversationTest;
import io.atende.shared.ConversationId;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Plays a pack's conversation tests against an engine, one fresh conversation per test, turn by turn as the
 * conversation runtime does: each turn's request carries the attributes, journey state and recent history that
 * earlier turns left, and the decision is applied with {@link TurnEffects}, the same code the turn pipeline
 * commits. Each customer message is one turn (no burst aggregation). A test stops at its first failing turn:
 * the turns after it would run on a state the test did not expect.
 */
public final class ConversationTestRunner {

    private final Engine engine;
    private final int historySize;
    private final Clock clock;

    /** @param historySize how many earlier messages the engine sees, as {@code atende.conversation.history-size} */
    public ConversationTestRunner(Engine engine, int historySize, Clock clock) {
        this.engine = engine;
        this.historySize = historySize;
        this.clock = clock;
    }

    /** Runs every test, in order. */
    public ConversationTestReport run(List<ConversationTest> tests) {
        return run(tests, played -> { });
    }

    /** Runs every test, in order, telling {@code observer} about every turn played (for {@code --verbose}). */
    public ConversationTestReport run(List<ConversationTest> tests, Consumer<PlayedTurn> observer) {
        List<ConversationTestReport.Failure> failures = new ArrayList<>();
        for (ConversationTest test : tests) {
            run(test, observer).ifPresent(failures::add);
        }
        return new ConversationTestReport(tests.size(), tests.size() - failures.size(), failures);
    }

    private java.util.Optional<ConversationTestReport.Failure> run(ConversationTest test, Consumer<PlayedTurn> observer) {
        ConversationId id = ConversationId.random();
        List<EngineRequest.HistoryEntry> history = new ArrayList<>();
        TurnEffects state = new TurnEffects(Map.of(), null, "none", null, List.of(), List.of(), null);
        int number = 0;
        for (ConversationTest.Turn turn : test.turns()) {
            number++;
            List<EngineRequest.HistoryEntry> recent = history.subList(Math.max(0, history.size() - historySize),
                    history.size());
            EngineDecision decision = engine.decide(new EngineRequest(id, List.of(turn.customer()), recent,
                    state.attributes(), state.journey()));
            state = TurnEffects.apply(state.attributes(), state.journey(), state.handoff(), state.handoffReason(),
                    decision, clock.instant());
            observer.accept(new PlayedTurn(test.name(), number, turn.customer(), state, endedWith(decision),
                    asksForPerson(decision)));
            List<ConversationTestReport.Mismatch> mismatches = check(turn.expect(), decision, state);
            if (!mismatches.isEmpty()) {
                return java.util.Optional.of(new ConversationTestReport.Failure(test.name(), test.file(), turn.line(),
                        number, turn.customer(), mismatches, state.replies()));
            }
            history.add(new EngineRequest.HistoryEntry(true, turn.customer()));
            state.replies().forEach(reply -> history.add(new EngineRequest.HistoryEntry(false, reply)));
        }
        return java.util.Optional.empty();
    }

    private static List<ConversationTestReport.Mismatch> check(ConversationTest.Expectations expect,
                                                               EngineDecision decision, TurnEffects state) {
        List<ConversationTestReport.Mismatch> out = new ArrayList<>();
        EngineCommand.Understood understood = state.understood();
        compare(out, "intent", expect.intent(), understood == null ? null : understood.intent());
        compare(out, "route", expect.route(), understood == null ? null : understood.route());
        String replies = String.join("\n", state.replies());
        String folded = fold(replies);
        for (String wanted : expect.replyContains()) {
            if (!folded.contains(fold(wanted))) {
                out.add(new ConversationTestReport.Mismatch("reply_contains", wanted, quoted(replies)));
            }
        }
        for (String unwanted : expect.replyNotContains()) {
            if (folded.contains(fold(unwanted))) {
                out.add(new ConversationTestReport.Mismatch("reply_not_contains", unwanted, quoted(replies)));
            }
        }
        expect.attributes().forEach((name, value) ->
                compare(out, "attributes." + name, value, state.attributes().get(name)));
        if (expect.journey() != null) {
            compare(out, "journey", expect.journey(), state.journey() == null ? "none" : state.journey().journey());
        }
        if (expect.outcome() != null) {
            String ended = endedWith(decision);
            compare(out, "outcome", expect.outcome(), ended == null ? "(no journey ended)" : ended);
        }
        if (expect.handoff() != null) {
            compare(out, "handoff", expect.handoff().toString(), Boolean.toString(asksForPerson(decision)));
        }
        if (expect.choices() != null) {
            compare(out, "choices", expect.choices().toString(), offered(state).toString());
        }
        return out;
    }

    /** The titles of the answers the turn's replies offer to tap, in order. */
    public static List<String> offered(TurnEffects state) {
        return state.said().stream().flatMap(say -> say.choices().stream()).map(io.atende.shared.Choice::title).toList();
    }

    private static String endedWith(EngineDecision decision) {
        return decision.commands().stream().filter(EngineCommand.ClearJourney.class::isInstance)
                .map(c -> ((EngineCommand.ClearJourney) c).outcome()).reduce((a, b) -> b).orElse(null);
    }

    private static boolean asksForPerson(EngineDecision decision) {
        return decision.commands().stream().anyMatch(EngineCommand.RequestHandoff.class::isInstance);
    }

    /**
     * One turn as it was played: the state after it, the outcome of a journey that ended on it ({@code null} if
     * none) and whether it asked for a person.
     */
    public record PlayedTurn(String test, int turn, String customer, TurnEffects after, String outcome,
                             boolean handoff) {
    }

    private static void compare(List<ConversationTestReport.Mismatch> out, String what, String expected,
                                String actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            out.add(new ConversationTestReport.Mismatch(what, expected, actual == null ? "(none)" : actual));
        }
    }

    private static String quoted(String replies) {
        return replies.isEmpty() ? "(no reply)" : "\"" + replies.replace("\n", " / ") + "\"";
    }

    /** Lower case without accents, so {@code "Pix"} matches {@code "PIX"} and {@code "endereco"} "endereço". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
