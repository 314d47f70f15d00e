package io.atende.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ToolSpec}'s JSON-schema text as LangChain4j's {@link ToolSpecification}. Types, descriptions, properties,
 * {@code required}, {@code enum}, {@code items} and {@code anyOf} become LangChain4j's schema elements; a property
 * that uses any other keyword ({@code format}, {@code pattern}, {@code minimum}, {@code $ref}, ...) is passed on as
 * its raw JSON so nothing the schema says is lost.
 */
final class ToolSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> MAPPED = Set.of("type", "description", "properties", "required",
            "additionalProperties", "items", "enum", "anyOf", "$defs", "definitions", "title");

    private ToolSchemas() {
    }

    /** @throws LlmException {@code INVALID_REQUEST} when the schema is not a JSON object schema */
    static ToolSpecification toSpecification(ToolSpec tool) {
        JsonNode schema;
        try {
            schema = JSON.readTree(tool.parametersSchema());
        } catch (JacksonException e) {
            throw new LlmException(LlmException.Kind.INVALID_REQUEST,
                    "the parameters schema of tool '" + tool.name() + "' is not JSON");
        }
        if (!schema.isObject() || (schema.has("type") && !"object".equals(schema.path("type").asString("")))) {
            throw new LlmException(LlmException.Kind.INVALID_REQUEST,
                    "the parameters schema of tool '" + tool.name() + "' must be a JSON object schema");
        }
        ToolSpecification.Builder builder = ToolSpecification.builder().name(tool.name()).parameters(object(schema));
        if (!tool.description().isBlank()) {
            builder.description(tool.description());
        }
        return builder.build();
    }

    private static JsonObjectSchema object(JsonNode node) {
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder();
        description(node).ifPresent(builder::description);
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        node.path("properties").properties().forEach(e -> properties.put(e.getKey(), element(e.getValue())));
        builder.addProperties(properties);
        List<String> required = new ArrayList<>();
        node.path("required").forEach(r -> required.add(r.asString("")));
        if (!required.isEmpty()) {
            builder.required(required);
        }
        if (node.path("additionalProperties").isBoolean()) {
            builder.additionalProperties(node.path("additionalProperties").asBoolean());
        }
        JsonNode defs = node.has("$defs") ? node.get("$defs") : node.get("definitions");
        if (defs != null && defs.isObject()) {
            Map<String, JsonSchemaElement> definitions = new LinkedHashMap<>();
            defs.properties().forEach(e -> definitions.put(e.getKey(), element(e.getValue())));
            builder.definitions(definitions);
        }
        return builder.build();
    }

    private static JsonSchemaElement element(JsonNode node) {
        if (!node.isObject() || node.propertyNames().stream().anyMatch(name -> !MAPPED.contains(name))
                || node.path("additionalProperties").isObject() || node.path("type").isArray()) {
            return JsonRawSchema.from(JSON.writeValueAsString(node));
        }
        String description = description(node).orElse(null);
        if (node.has("anyOf")) {
            List<JsonSchemaElement> options = new ArrayList<>();
            node.get("anyOf").forEach(option -> options.add(element(option)));
            return JsonAnyOfSchema.builder().description(description).anyOf(options).build();
        }
        String type = node.path("type").asString("");
        if (node.has("enum") && (type.isEmpty() || type.equals("string"))
                && node.get("enum").valueStream().allMatch(JsonNode::isString)) {
            List<String> values = new ArrayList<>();
            node.get("enum").forEach(v -> values.add(v.stringValue()));
            return JsonEnumSchema.builder().description(description).enumValues(values).build();
        }
        return switch (type) {
            case "object" -> object(node);
            case "string" -> JsonStringSchema.builder().description(description).build();
            case "integer" -> JsonIntegerSchema.builder().description(description).build();
            case "number" -> JsonNumberSchema.builder().description(description).build();
            case "boolean" -> JsonBooleanSchema.builder().description(description).build();
            case "null" -> new JsonNullSchema();
            case "array" -> node.has("items")
                    ? JsonArraySchema.builder().description(description).items(element(node.get("items"))).build()
                    : JsonRawSchema.from(JSON.writeValueAsString(node));
            default -> JsonRawSchema.from(JSON.writeValueAsString(node));
        };
    }

    private static java.util.Optional<String> description(JsonNode node) {
        JsonNode description = node.get("description");
        return description != null && description.isString() ? java.util.Optional.of(description.stringValue())
                : java.util.Optional.empty();
    }
}
