package io.atende.engine.llm;

import io.atende.llm.ToolCall;
import io.atende.pack.ToolDefinition;
import io.atende.pack.ToolParameter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the decision model's function calls as {@link Proposal}s. An unknown function, arguments that are not a JSON
 * object, a missing or mistyped argument of an action function is {@link UnusableOutput}: the turn falls back, the
 * call is never executed. A store tool's arguments that do not fit its declaration become a {@link
 * Proposal.BadToolCall}, told to the model instead of being sent.
 */
final class Proposals {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Function<String, Optional<ToolDefinition>> storeTools;

    /** @param storeTools the pack's HTTP tools the model was offered, by name */
    Proposals(Function<String, Optional<ToolDefinition>> storeTools) {
        this.storeTools = storeTools;
    }

    Proposal parse(ToolCall call) {
        JsonNode args = arguments(call);
        return switch (call.name()) {
            case "start_journey" -> new Proposal.StartJourney(text(args, "journey", true));
            case "set_attribute" -> new Proposal.SetAttribute(text(args, "name", true), text(args, "value", true));
            case "cancel_journey" -> new Proposal.CancelJourney();
            case "answer_from_knowledge" -> new Proposal.AnswerFromKnowledge(text(args, "query", true));
            case "search_products" -> new Proposal.SearchProducts(text(args, "query", true),
                    number(args, "max_price"), number(args, "min_price"), text(args, "category", false));
            case "hand_off" -> new Proposal.HandOff(text(args, "reason", true));
            case "ask_to_clarify" -> new Proposal.AskToClarify(text(args, "question", true));
            case "send_message" -> new Proposal.SendMessage(integer(args, "code"));
            case "small_talk" -> new Proposal.SmallTalk();
            default -> storeTools.apply(call.name()).map(tool -> storeTool(call, tool, args))
                    .orElseThrow(() -> new UnusableOutput("the model called an unknown function: " + call.name()));
        };
    }

    private static Proposal storeTool(ToolCall call, ToolDefinition tool, JsonNode args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : args.propertyNames()) {
            if (tool.parameter(name).isEmpty()) {
                return new Proposal.BadToolCall(call.id(), tool.name(), PromptParts.get("tool.undeclared", name));
            }
        }
        for (ToolParameter parameter : tool.parameters()) {
            JsonNode value = args.get(parameter.name());
            if (value == null || value.isNull()) {
                if (parameter.required()) {
                    return new Proposal.BadToolCall(call.id(), tool.name(), PromptParts.get("tool.missing", parameter.name()));
                }
                continue;
            }
            Optional<String> read = kindFits(parameter, value);
            if (read.isEmpty()) {
                return new Proposal.BadToolCall(call.id(), tool.name(), PromptParts.get("tool.wrong_type",
                        parameter.name(), parameter.type().yamlName()));
            }
            out.put(parameter.name(), read.get());
        }
        return new Proposal.CallTool(call.id(), tool.name(), out);
    }

    /** The value as text when its JSON kind fits the parameter's type; the tool runtime checks the rest. */
    private static Optional<String> kindFits(ToolParameter parameter, JsonNode value) {
        return switch (parameter.type()) {
            case NUMBER -> value.isNumber() ? Optional.of(value.decimalValue().toPlainString()) : Optional.empty();
            case INTEGER -> value.isIntegralNumber() ? Optional.of(value.asString()) : Optional.empty();
            case BOOLEAN -> value.isBoolean() ? Optional.of(Boolean.toString(value.booleanValue()))
                    : Optional.empty();
            default -> value.isString() && !value.stringValue().isBlank() ? Optional.of(value.stringValue())
                    : value.isIntegralNumber() ? Optional.of(value.asString()) : Optional.empty();
        };
    }

    private static JsonNode arguments(ToolCall call) {
        String raw = call.argumentsJson().isBlank() ? "{}" : call.argumentsJson();
        try {
            JsonNode node = JSON.readTree(raw);
            if (node == null || !node.isObject()) {
                throw new UnusableOutput("the arguments of " + call.name() + " are not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new UnusableOutput("the arguments of " + call.name() + " are not valid JSON");
        }
    }

    private static String text(JsonNode args, String name, boolean required) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new UnusableOutput("the model left out the argument " + name);
            }
            return null;
        }
        if (!value.isString() || (required && value.stringValue().isBlank())) {
            throw new UnusableOutput("the argument " + name + " is not a text");
        }
        return value.stringValue().strip();
    }

    private static BigDecimal number(JsonNode args, String name) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new UnusableOutput("the argument " + name + " is not a number");
        }
        return value.decimalValue();
    }

    private static int integer(JsonNode args, String name) {
        JsonNode value = args.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new UnusableOutput("the argument " + name + " is not a whole number");
        }
        return value.intValue();
    }
}
