package io.atende.tool;

import io.atende.pack.ToolDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns a tool's JSON answer into its result fields and reply. */
final class Answers {

    // decimals as BigDecimal: a limit of 2500.10 must compare exactly in the journey's rules
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9_.]*)\\s*}}");

    private Answers() {
    }

    /** The answer's fields, or empty when the body is not JSON the tool can read. */
    static Optional<Map<String, Object>> fields(ToolDefinition tool, String body) {
        if (body.isBlank()) {
            return Optional.of(Map.of()); // 204 or an empty 201: an answer with nothing to read
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (tool.result().isEmpty()) {
            if (!root.isObject()) {
                return Optional.empty();
            }
            root.properties().forEach(e -> put(out, e.getKey(), e.getValue()));
        } else {
            tool.result().forEach((field, pointer) -> put(out, field, root.at(pointer)));
        }
        return Optional.of(out);
    }

    private static void put(Map<String, Object> out, String field, JsonNode node) {
        if (!node.isMissingNode() && !node.isNull()) {
            out.put(field, JSON.treeToValue(node, Object.class));
        }
    }

    /** The tool's reply template with {@code {{field}}} and {@code {{field.sub}}} filled; a missing field is blank. */
    static Optional<String> reply(ToolDefinition tool, Map<String, Object> fields) {
        return tool.reply().map(template -> {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object value = fields;
                for (String part : m.group(1).split("\\.")) {
                    value = value instanceof Map<?, ?> map ? map.get(part) : null;
                }
                String text = value instanceof java.math.BigDecimal d ? d.toPlainString() : value == null ? "" : value.toString();
                m.appendReplacement(out, Matcher.quoteReplacement(text));
            }
            m.appendTail(out);
            return out.toString();
        });
    }
}
