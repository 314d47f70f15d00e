package io.atende.pack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The {@code parameters} and {@code result} parts of a tool in {@code tools.yaml}. */
final class ToolParameters {

    private static final Set<String> PARAMETER_KEYS = Set.of("name", "type", "required");

    private ToolParameters() {
    }

    /**
     * Each item is a name (a required text parameter: the short form journeys were first checked against) or a
     * mapping {@code {name, type, required}}.
     */
    static List<ToolParameter> read(YamlNodes yaml, Node node) {
        List<ToolParameter> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            yaml.problem(node, "'parameters' must be a list");
            return out;
        }
        Set<String> names = new HashSet<>();
        for (Node item : seq.getValue()) {
            ToolParameter p = parameter(yaml, item);
            if (p != null && !names.add(p.name())) {
                yaml.problem(item, "duplicate parameter '" + p.name() + "'");
            } else if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    private static ToolParameter parameter(YamlNodes yaml, Node item) {
        if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
            return named(yaml, item, s.getValue().strip(), ToolParameterType.TEXT, true);
        }
        if (!(item instanceof MappingNode map)) {
            yaml.problem(item, "items of 'parameters' must be names or mappings with name and type");
            return null;
        }
        Map<String, Node> f = yaml.fields(map);
        f.keySet().stream().filter(k -> !PARAMETER_KEYS.contains(k))
                .forEach(k -> yaml.problem(f.get(k), "unknown key '" + k + "' in a parameter (name, type, required)"));
        String name = yaml.text(f, "name", YamlNodes.line(item), true);
        String typeName = Optional.ofNullable(yaml.text(f, "type", YamlNodes.line(item), false)).orElse("text");
        Optional<ToolParameterType> type = ToolParameterType.named(typeName);
        if (type.isEmpty()) {
            yaml.problem(f.get("type"), "unknown parameter type '" + typeName + "' (" + Arrays.stream(
                    ToolParameterType.values()).map(ToolParameterType::yamlName).collect(Collectors.joining(", ")) + ")");
        }
        boolean required = true;
        String req = yaml.text(f, "required", YamlNodes.line(item), false);
        if (req != null && !req.equals("true") && !req.equals("false")) {
            yaml.problem(f.get("required"), "'required' must be true or false");
        } else if (req != null) {
            required = Boolean.parseBoolean(req);
        }
        return name == null ? null : named(yaml, item, name, type.orElse(ToolParameterType.TEXT), required);
    }

    private static ToolParameter named(YamlNodes yaml, Node item, String name, ToolParameterType type,
                                       boolean required) {
        if (!JourneySteps.NAME.matcher(name).matches()) {
            yaml.problem(item, "parameter name '" + name + "' must be lower case letters, digits and _");
            return null;
        }
        return new ToolParameter(name, type, required);
    }

    /**
     * {@code result: {field: /json/pointer}} or a dotted path ({@code dados.score}), which is turned into the
     * pointer {@code /dados/score}.
     */
    static Map<String, String> result(YamlNodes yaml, Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "'result' must map result field names to JSON pointers such as /score");
            return out;
        }
        Map<String, Node> f = yaml.fields(map);
        for (String field : f.keySet()) {
            String path = yaml.text(f, field, YamlNodes.line(node), true);
            if (!JourneySteps.NAME.matcher(field).matches()) {
                yaml.problem(f.get(field), "result field '" + field + "' must be lower case letters, digits and _");
            } else if (path != null) {
                out.put(field, path.startsWith("/") ? path : "/" + path.replace('.', '/'));
            }
        }
        return out;
    }
}
