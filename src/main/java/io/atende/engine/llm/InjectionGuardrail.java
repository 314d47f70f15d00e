package io.atende.engine.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops a draft that shows an injection worked: it reproduces the instructions (any {@value #RUN} consecutive words
 * of them) or says it is changing its instructions or role (the cues of {@code llm/injection-cues-pt.txt}). The
 * customer's text is fenced and called data in every prompt; this is the check after the fact, for when a model
 * obeyed anyway.
 */
final class InjectionGuardrail {

    static final int RUN = 8;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Set<String> instructionRuns = new HashSet<>();
    private final List<Pattern> cues;

    /** @param instructions the texts of the instructions the models get (prompts without this turn's sources) */
    InjectionGuardrail(List<String> instructions) {
        for (String text : instructions) {
            List<String> words = words(text);
            for (int i = 0; i + RUN <= words.size(); i++) {
                instructionRuns.add(String.join(" ", words.subList(i, i + RUN)));
            }
        }
        this.cues = loadCues();
    }

    /** Why the draft must be dropped, or null when it may be sent. */
    String problem(String draft) {
        List<String> words = words(draft);
        for (int i = 0; i + RUN <= words.size(); i++) {
            if (instructionRuns.contains(String.join(" ", words.subList(i, i + RUN)))) {
                return "the draft reproduces the instructions";
            }
        }
        String plain = plain(draft);
        for (Pattern cue : cues) {
            if (cue.matcher(plain).find()) {
                return "the draft talks about changing its instructions";
            }
        }
        return null;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(plain(text))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static List<Pattern> loadCues() {
        try (InputStream in = InjectionGuardrail.class.getClassLoader()
                .getResourceAsStream("llm/injection-cues-pt.txt")) {
            if (in == null) {
                throw new IllegalStateException("llm/injection-cues-pt.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> Pattern.compile(l, Pattern.CASE_INSENSITIVE)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
