package io.atende.engine;

import io.atende.journey.AttributeType;
import io.atende.journey.JourneyEffect;
import io.atende.pack.MessageTemplates;
import io.atende.shared.Choice;
import java.util.List;
import java.util.Map;

/**
 * The answers a reply offers to tap, worded by the pack: a question for sim or não (a yes_no ask, a consent, the
 * offer of a person) offers the pack's {@code choice_yes} and {@code choice_no}. A pack without them offers nothing
 * to tap, and its customers type the answer, as before.
 */
public final class Choices {

    /** The pack's wording of the yes answer ("Sim"), also what a tap sends back. */
    public static final String YES = "choice_yes";
    /** The pack's wording of the no answer ("Não"). */
    public static final String NO = "choice_no";

    private Choices() {
    }

    /** Sim and não as the pack words them, or nothing when it does not word both (or words one blank). */
    public static List<Choice> yesNo(MessageTemplates templates) {
        if (!templates.has(YES) || !templates.has(NO)) {
            return List.of();
        }
        String yes = templates.render(YES, Map.of()).strip();
        String no = templates.render(NO, Map.of()).strip();
        if (!fits(yes) || !fits(no)) {
            return List.of();
        }
        return List.of(new Choice(yes), new Choice(no));
    }

    private static boolean fits(String title) {
        return !title.isEmpty() && title.length() <= Choice.MAX_TITLE;
    }

    /**
     * A journey's message as the engine says it: with the answers its step offers to tap, else, for a question for
     * sim or não, with both.
     */
    public static EngineCommand.Say say(JourneyEffect.Say say, MessageTemplates templates) {
        if (!say.choices().isEmpty()) {
            // a placeholder can make a choice too long to be one: it is left out, the text still asks
            return new EngineCommand.Say(say.text(), say.choices().stream().map(String::strip).filter(Choices::fits)
                    .map(Choice::new).toList(), null);
        }
        return say.expects() == AttributeType.YES_NO
                ? new EngineCommand.Say(say.text(), yesNo(templates), null)
                : new EngineCommand.Say(say.text());
    }
}
