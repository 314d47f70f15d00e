package io.atende.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code catalog/*.jsonl}: one product object per line, the same fields as the CSV columns, with
 * {@code attributes} as an object. Blank lines are skipped; a field set to {@code null} counts as absent; an
 * unknown field is a warning (exports often carry extra fields), not an error.
 */
final class JsonLinesCatalog {

    private static final Set<String> FIELDS = Set.copyOf(CsvCatalog.COLUMNS);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonLinesCatalog() {
    }

    static void read(String file, String text, List<Sourced<Product>> out, List<PackProblem> problems,
                     List<PackProblem> warnings) {
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                readLine(file, i + 1, lines[i], out, problems, warnings);
            }
        }
    }

    private static void readLine(String file, int line, String json, List<Sourced<Product>> out,
                                 List<PackProblem> problems, List<PackProblem> warnings) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String why = e.getOriginalMessage().startsWith("Trailing token")
                    ? "more than one value on the line (write one product per line)" : e.getOriginalMessage();
            problems.add(new PackProblem(file, line, "malformed JSON" + (column > 0 ? " at column " + column : "")
                    + ": " + why));
            return;
        }
        if (!node.isObject()) {
            problems.add(new PackProblem(file, line, "expected one product object {\"id\": ...} on the line"));
            return;
        }
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                warnings.add(new PackProblem(file, line, "unknown field '" + name + "' is ignored (free data goes under attributes)"));
            }
        }
        int before = problems.size();
        Map<String, String> attributes = attributes(node.get("attributes"), file, line, problems);
        var fields = new ProductRules.Fields(text(node, "id", file, line, problems),
                text(node, "title", file, line, problems), text(node, "description", file, line, problems),
                text(node, "price", file, line, problems), text(node, "category", file, line, problems),
                text(node, "stock", file, line, problems), text(node, "url", file, line, problems),
                text(node, "image", file, line, problems), attributes);
        if (problems.size() > before) {
            return;
        }
        Product product = ProductRules.toProduct(file, line, fields, problems);
        if (product != null) {
            out.add(new Sourced<>(product, file, line));
        }
    }

    /** A text or number as written; {@code null} when absent. Objects, arrays and booleans are problems. */
    private static String text(JsonNode object, String field, String file, int line, List<PackProblem> problems) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        problems.add(new PackProblem(file, line, field + " must be a text or a number, not " + kind(value)));
        return "";
    }

    private static Map<String, String> attributes(JsonNode value, String file, int line, List<PackProblem> problems) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return attributes;
        }
        if (!value.isObject()) {
            problems.add(new PackProblem(file, line, "attributes must be an object like {\"marca\": \"Nike\"}, not " + kind(value)));
            return attributes;
        }
        for (var entry : value.properties()) {
            JsonNode v = entry.getValue();
            String key = entry.getKey().strip().toLowerCase();
            if (key.isEmpty()) {
                problems.add(new PackProblem(file, line, "attribute names must not be empty"));
            } else if (v.isString() || v.isNumber() || v.isBoolean()) {
                attributes.put(key, v.isNumber() ? v.decimalValue().toPlainString() : v.asString().strip());
            } else if (!v.isNull()) {
                problems.add(new PackProblem(file, line, "attribute '" + key + "' must be a text, number or boolean, not " + kind(v)));
            }
        }
        return attributes;
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }
}
