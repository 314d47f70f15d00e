package io.atende.nlu;

import io.atende.pack.IntentDefinition;
import io.atende.pack.Pack;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Where labelled examples come from: JSON-lines files and a store pack's intents. */
public final class IntentExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IntentExamples() {
    }

    /**
     * Reads one {@code {"text": "...", "intent": "..."}} object per line; blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of the first problem
     */
    public static List<LabelledUtterance> readJsonLines(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": file not found");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<LabelledUtterance> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(parse(lines.get(i), file + ":" + (i + 1)));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no examples");
        }
        return out;
    }

    private static LabelledUtterance parse(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + ": not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": not a JSON object");
        }
        return new LabelledUtterance(text(node, "text", where), text(node, "intent", where));
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalArgumentException(where + ": missing or empty \"" + field + "\"");
        }
        return value.asString();
    }

    /** The pack's intent examples; a pack has no out-of-scope examples of its own. */
    public static List<LabelledUtterance> fromPack(Pack pack) {
        List<LabelledUtterance> out = new ArrayList<>();
        for (IntentDefinition intent : pack.intents()) {
            // the pack's off-topic examples are the classifier's out-of-scope class
            String label = IntentDefinition.OUT_OF_SCOPE.equals(intent.name()) ? LabelledUtterance.OUT_OF_SCOPE
                    : intent.name();
            for (String example : intent.examples()) {
                out.add(new LabelledUtterance(example, label));
            }
        }
        return out;
    }
}
