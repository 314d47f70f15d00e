package io.atende.engine.local;

import io.atende.engine.EngineCommand;
import io.atende.engine.EngineRequest;
import io.atende.pack.MessageTemplates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises a customer opting out of the store's proactive messages ("PARAR", "não quero mais mensagens") or
 * asking for them again, and answers with the pack's confirmation. The phrases live in
 * {@code engine/opt-out-pt.properties}; they are strict on purpose, since an opt-out read into "quero sair da fila"
 * would silence a customer who never asked for it.
 */
final class OptOutCues {

    private static final String WORDS = "engine/opt-out-pt.properties";
    static final String OPT_OUT = "opt_out";
    static final String OPT_IN = "opt_in";
    /** How many words before a phrase a "nao" negates it from. */
    private static final int NEGATION_REACH = 2;

    private final Set<String> exact;
    private final List<String> optOut;
    private final List<String> optIn;
    private final Set<String> messageWords;
    private final MessageTemplates templates;

    OptOutCues(MessageTemplates templates) {
        WordLists words = WordLists.load(WORDS);
        this.templates = templates;
        messageWords = Set.copyOf(words.list("message_words"));
        exact = words.list("opt_out_exact").stream().map(this::words).collect(Collectors.toUnmodifiableSet());
        optOut = words.list("opt_out_phrases").stream().map(this::words).toList();
        optIn = words.list("opt_in_phrases").stream().map(this::words).toList();
    }

    /** The commands of a turn that opts out or in, or empty when the turn is about something else. */
    Optional<List<EngineCommand>> decide(EngineRequest request) {
        boolean in = request.turnTexts().stream().map(this::words).anyMatch(text -> containsAny(text, optIn));
        boolean out = !in && request.turnTexts().stream().map(this::words)
                .anyMatch(text -> exact.contains(text) || containsAny(text, optOut));
        if (!in && !out) {
            return Optional.empty();
        }
        String said = request.combinedText();
        List<EngineCommand> commands = new ArrayList<>();
        commands.add(new EngineCommand.Understood(out ? OPT_OUT : OPT_IN, 1.0, out ? OPT_OUT : OPT_IN));
        commands.add(out ? new EngineCommand.OptOut(said) : new EngineCommand.OptIn(said));
        String confirmation = out ? "opt_out_confirmed" : "opt_in_confirmed";
        if (templates.has(confirmation)) {
            commands.add(new EngineCommand.Say(templates.render(confirmation, Map.of())));
        }
        return Optional.of(commands);
    }

    /**
     * Whether a phrase occurs as whole words, not negated: a "nao" among the two words before it ("nao quero parar
     * de receber mensagens") turns the request around.
     */
    private static boolean containsAny(String text, List<String> phrases) {
        String padded = " " + text + " ";
        for (String phrase : phrases) {
            int at = padded.indexOf(" " + phrase + " ");
            while (at >= 0) {
                String[] before = padded.substring(0, at).strip().split(" ");
                boolean negated = List.of(before).subList(Math.max(0, before.length - NEGATION_REACH), before.length)
                        .contains("nao");
                if (!negated) {
                    return true;
                }
                at = padded.indexOf(" " + phrase + " ", at + 1);
            }
        }
        return false;
    }

    private String words(String text) {
        return Arrays.stream(WordLists.folded(text).split(" ")).map(w -> messageWords.contains(w) ? "mensagens" : w)
                .collect(Collectors.joining(" "));
    }
}
