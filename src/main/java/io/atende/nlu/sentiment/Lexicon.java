package io.atende.nlu.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The sentiment lexicon: word and phrase weights (positive and negative), intensifiers and downtoners
 * (factors), negators. Read from a resource so that it can be reviewed and tuned without code changes.
 */
record Lexicon(Map<String, Double> weights, Map<String, Double> modifiers, Set<String> negators, int longestPhrase) {

    static final String PT_BR = "/nlu/sentiment_pt_BR.txt";

    static Lexicon load(String resource) {
        Map<String, Double> weights = new HashMap<>();
        Map<String, Double> modifiers = new HashMap<>();
        Set<String> negators = new HashSet<>();
        String section = "";
        int longest = 1;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line;
                    continue;
                }
                int colon = line.lastIndexOf(':');
                String term = colon < 0 ? line : line.substring(0, colon).strip();
                longest = Math.max(longest, term.split(" ").length);
                switch (section) {
                    case "[positive]" -> weights.put(term, Double.parseDouble(line.substring(colon + 1).strip()));
                    case "[negative]" -> weights.put(term, -Double.parseDouble(line.substring(colon + 1).strip()));
                    case "[intensifiers]", "[downtoners]" ->
                            modifiers.put(term, Double.parseDouble(line.substring(colon + 1).strip()));
                    case "[negators]" -> negators.add(term);
                    default -> throw new IllegalStateException(resource + ": term outside a section: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(Map.copyOf(weights), Map.copyOf(modifiers), Set.copyOf(negators), longest);
    }
}
