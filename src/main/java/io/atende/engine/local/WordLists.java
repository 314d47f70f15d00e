package io.atende.engine.local;

import io.atende.nlu.extract.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The engine's word lists: {@code .properties} resources under {@code engine/} holding comma-separated phrases, so
 * cue words are tuned without touching code.
 */
final class WordLists {

    private final String resource;
    private final Properties words = new Properties();

    private WordLists(String resource) {
        this.resource = resource;
    }

    /** Reads a resource of the application (UTF-8); a missing one is a broken build, not a pack problem. */
    static WordLists load(String resource) {
        WordLists lists = new WordLists(resource);
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            lists.words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }

    /**
     * A customer's text in the form the lists' phrases are compared in: folded (lower case, no accents), punctuation
     * as spaces, single spaces.
     */
    static String folded(String text) {
        return Texts.fold(text).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** The phrases of a key, stripped, without empty ones; empty when the key is absent. */
    List<String> list(String key) {
        return Arrays.stream(words.getProperty(key, "").split(",")).map(String::strip).filter(w -> !w.isEmpty())
                .toList();
    }

    /** A single value, or {@code fallback} when the key is absent. */
    String value(String key, String fallback) {
        return words.getProperty(key, fallback);
    }

    @Override
    public String toString() {
        return resource;
    }
}
