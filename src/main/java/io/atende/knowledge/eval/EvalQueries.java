package io.atende.knowledge.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a query file: one JSON object per line with {@code query} and {@code relevant}; other keys are ignored
 * except {@code kind}. An empty {@code relevant} marks a question the store's knowledge does not answer, scored
 * for abstention rather than ranking.
 */
public final class EvalQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvalQueries() {
    }

    /** @throws EvalFileException naming the file, the line and the problem */
    public static List<EvalQuery> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new EvalFileException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new EvalFileException(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        List<EvalQuery> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                out.add(parse(file.toString(), i + 1, lines.get(i)));
            }
        }
        if (out.isEmpty()) {
            throw new EvalFileException(file.toString(), 0, "no queries");
        }
        return out;
    }

    private static EvalQuery parse(String file, int line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new EvalFileException(file, line, "not a JSON object: " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new EvalFileException(file, line, "expected a JSON object like {\"query\": \"...\", \"relevant\": [\"id\"]}");
        }
        JsonNode query = node.get("query");
        if (query == null || !query.isString() || query.asString().isBlank()) {
            throw new EvalFileException(file, line, "\"query\" must be a non-empty string");
        }
        JsonNode relevant = node.get("relevant");
        if (relevant == null || !relevant.isArray()) {
            throw new EvalFileException(file, line, "\"relevant\" must be an array of ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : relevant) {
            if (!id.isString() || id.asString().isBlank()) {
                throw new EvalFileException(file, line, "\"relevant\" must hold non-empty string ids");
            }
            ids.add(id.asString());
        }
        JsonNode kind = node.get("kind");
        return new EvalQuery(line, query.asString(), ids, kind != null && kind.isString() ? kind.asString() : "");
    }
}
