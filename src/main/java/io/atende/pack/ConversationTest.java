package io.atende.pack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One conversation test of {@code tests/*.yaml}: scripted customer turns, each with what must hold after it.
 *
 * @param name  the test's name, unique in the pack
 * @param file  the file it was written in, relative to the pack
 * @param line  the line of its name
 * @param turns the customer turns, in order, at least one
 */
public record ConversationTest(String name, String file, int line, List<Turn> turns) {

    public ConversationTest {
        turns = List.copyOf(turns);
    }

    /** A customer message and the expectations on the agent's answer to it; {@code line} is the message's line. */
    public record Turn(String customer, int line, Expectations expect) {
    }

    /**
     * What must hold after a turn; every part is optional ({@code null} or empty: not checked).
     *
     * @param intent            the intent the engine understood
     * @param route             the route the engine took
     * @param replyContains     texts each reply of the turn, joined, must contain (case and accents ignored)
     * @param replyNotContains  texts the joined replies must not contain (case and accents ignored)
     * @param attributes        captured attribute values after the turn, compared as stored
     * @param journey           the active journey after the turn, {@code none} for none
     * @param outcome           the outcome of the journey that ended on this turn
     * @param handoff           whether the turn asked for a person
     * @param choices           the answers the turn's replies offer to tap, in order ({@code []}: none); null: not checked
     */
    public record Expectations(String intent, String route, List<String> replyContains, List<String> replyNotContains,
                               Map<String, String> attributes, String journey, String outcome, Boolean handoff,
                               List<String> choices) {

        public Expectations {
            choices = choices == null ? null : List.copyOf(choices);
            replyContains = List.copyOf(replyContains);
            replyNotContains = List.copyOf(replyNotContains);
            attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }
    }
}
