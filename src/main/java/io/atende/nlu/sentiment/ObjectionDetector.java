package io.atende.nlu.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Objections by cue patterns read from {@code nlu/objections_pt_BR.txt}. A cue marked negatable does not count
 * when a negator comes just before it ("não é caro", "nem tá caro"), and a price cue inside a freight cue
 * ("frete caro") is the freight's, not the product's.
 */
final class ObjectionDetector {

    static final String PT_BR = "/nlu/objections_pt_BR.txt";
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "\\b(nao|n|nem|nunca|naum)( (e|eh|ta|esta|foi|ficou|era|achei|acho|sao|tao|muito|mt|tem|tao|la|tanto|nada))* $");

    private record Cue(Objection objection, Pattern pattern, boolean negatable) {
    }

    private record Hit(Objection objection, int start, int end) {
    }

    private final List<Cue> cues;

    private ObjectionDetector(List<Cue> cues) {
        this.cues = cues;
    }

    static ObjectionDetector load(String resource) {
        List<Cue> cues = new ArrayList<>();
        try (InputStream in = ObjectionDetector.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing objection cues " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = Pattern.compile("(\\w+) ([~=]) (.+)").matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException(resource + ": not a cue: " + line);
                }
                cues.add(new Cue(Objection.fromLabel(m.group(1)), Pattern.compile(m.group(3)), m.group(2).equals("~")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ObjectionDetector(List.copyOf(cues));
    }

    /** @param text the message as words joined by single spaces, see {@link Tokens} */
    Set<Objection> detect(String text) {
        List<Hit> hits = new ArrayList<>();
        for (Cue cue : cues) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                if (cue.negatable() && NEGATED_BEFORE.matcher(text.substring(0, m.start())).find()) {
                    continue;
                }
                hits.add(new Hit(cue.objection(), m.start(), m.end()));
            }
        }
        Set<Objection> found = EnumSet.noneOf(Objection.class);
        for (Hit hit : hits) {
            boolean insideFreight = hit.objection() == Objection.PRICE && hits.stream().anyMatch(
                    other -> other.objection() == Objection.FREIGHT && other.start() <= hit.start()
                            && hit.end() <= other.end());
            if (!insideFreight) {
                found.add(hit.objection());
            }
        }
        return found;
    }
}
