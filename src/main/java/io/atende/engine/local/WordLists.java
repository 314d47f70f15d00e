package io.atende.engine.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The engine's word lists ({@code engine/*.properties}): cue words kept out of code so they are tuned without
 * touching it. A missing file is a broken build, not a state to run in.
 */
final class WordLists {

    private WordLists() {
    }

    static Properties load(String resource) {
        Properties words = new Properties();
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** A comma-separated list, items stripped, empty ones dropped. */
    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
}
