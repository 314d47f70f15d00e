package io.atende.engine.llm;

import io.atende.journey.Journey;
import io.atende.llm.ToolSpec;
import io.atende.pack.Pack;
import io.atende.pack.ToolDefinition;
import io.atende.pack.ToolParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The functions the decision model may call: the engine's actions (described in {@code llm/functions.json}, with
 * the pack's journey names as the only values of {@code start_journey}), and the pack's HTTP tools with a JSON schema
 * built from their typed parameters. Also numbers the pack's fixed message templates for {@code send_message}.
 */
final class ActionFunctions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{");

    private final List<ToolSpec> specs = new ArrayList<>();
    private final Map<Integer, String> messageCodes = new TreeMap<>();
    private final Map<String, ToolDefinition> storeTools = new java.util.HashMap<>();
    private static final Set<String> JOURNEY_ACTIONS = Set.of("start_journey", "set_attribute", "cancel_journey");

    /** @param withStoreTools whether the pack's HTTP tools can be called (a tool runtime is configured) */
    ActionFunctions(Pack pack, boolean withStoreTools) {
        Set<String> actions = new java.util.HashSet<>();
        for (JsonNode function : builtIn()) {
            String name = function.get("name").asString();
            actions.add(name);
            ObjectNode parameters = (ObjectNode) function.get("parameters");
            if (pack.journeys().isEmpty() && JOURNEY_ACTIONS.contains(name)) {
                continue; // a store without journeys: an empty enum is no schema at all, and the model needs none
            }
            if (name.equals("start_journey")) {
                ArrayNode names = ((ObjectNode) parameters.get("properties").get("journey")).putArray("enum");
                pack.journeys().forEach(j -> names.add(j.name()));
            }
            specs.add(new ToolSpec(name, function.get("description").asString(), parameters.toString()));
        }
        if (withStoreTools) {
            for (ToolDefinition tool : pack.tools().tools()) {
                // a store tool named like an action would make the model's call ambiguous: the action wins
                if (tool.url().isPresent() && !actions.contains(tool.name())) {
                    storeTools.put(tool.name(), tool);
                    specs.add(new ToolSpec(tool.name(), tool.description(), schema(tool)));
                }
            }
        }
        int code = 1;
        for (String key : new java.util.TreeSet<>(pack.messages().templates().keySet())) {
            // only messages that need no values can be sent as they are
            if (!PLACEHOLDER.matcher(pack.messages().templates().get(key)).find()) {
                messageCodes.put(code++, key);
            }
        }
    }

    List<ToolSpec> specs() {
        return List.copyOf(specs);
    }

    Optional<ToolDefinition> storeTool(String name) {
        return Optional.ofNullable(storeTools.get(name));
    }

    /** The template key of a message code, if the code was offered. */
    Optional<String> message(int code) {
        return Optional.ofNullable(messageCodes.get(code));
    }

    /** The codes as the {@code message_codes} prompt lists them: {@code 3: <the message's text>}. */
    String codesListing(Map<String, String> templates) {
        return messageCodes.entrySet().stream().map(e -> e.getKey() + ": " + templates.get(e.getValue()))
                .collect(Collectors.joining("\n"));
    }

    /** The journeys as the prompts list them. */
    static String journeysListing(List<Journey> journeys) {
        if (journeys.isEmpty()) {
            return PromptParts.get("journeys.none");
        }
        return journeys.stream().map(j -> PromptParts.get("journey.line", j.name(),
                        j.goal() == null ? "" : j.goal().strip())
                        + (j.triggers().phrases().isEmpty() ? "" : PromptParts.get("journey.examples",
                        "\"" + String.join("\", \"", j.triggers().phrases()) + "\"")))
                .collect(Collectors.joining("\n"));
    }

    private static String schema(ToolDefinition tool) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ArrayNode required = root.putArray("required");
        for (ToolParameter parameter : tool.parameters()) {
            ObjectNode p = properties.putObject(parameter.name());
            switch (parameter.type()) {
                case NUMBER -> p.put("type", "number");
                case INTEGER -> p.put("type", "integer");
                case BOOLEAN -> p.put("type", "boolean");
                case DATE -> p.put("type", "string").put("format", "date");
                default -> p.put("type", "string");
            }
            p.put("description", parameter.type().yamlName());
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        root.put("additionalProperties", false);
        return root.toString();
    }

    private static JsonNode builtIn() {
        try (InputStream in = ActionFunctions.class.getClassLoader().getResourceAsStream("llm/functions.json")) {
            if (in == null) {
                throw new IllegalStateException("llm/functions.json is missing from the build");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
