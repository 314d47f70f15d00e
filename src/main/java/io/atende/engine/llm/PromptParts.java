package io.atende.engine.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The small pieces of prompt text the engine assembles in code (a product line, an empty list, a tool argument
 * problem told to the model), from {@code llm/prompt-parts-pt.properties}: prompt wording stays out of Java.
 */
final class PromptParts {

    private static final Properties PARTS = load();

    private PromptParts() {
    }

    /** The part {@code key} with {@code {0}}, {@code {1}}... replaced by the values, in order. */
    static String get(String key, Object... values) {
        String text = PARTS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("llm/prompt-parts-pt.properties has no " + key);
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** The part, or empty text when there is none for the key. */
    static String optional(String key) {
        return PARTS.getProperty(key, "");
    }

    private static Properties load() {
        Properties out = new Properties();
        try (InputStream in = PromptParts.class.getClassLoader()
                .getResourceAsStream("llm/prompt-parts-pt.properties")) {
            if (in == null) {
                throw new IllegalStateException("llm/prompt-parts-pt.properties is missing from the build");
            }
            out.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
