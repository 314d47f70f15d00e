package io.atende.pack;

import io.atende.journey.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The tool names (and parameter names) that {@code tools.yaml} declares, so journeys can be checked against them
 * before the tool runtime exists. Only {@code name} and {@code parameters} are read for now; the tool format itself
 * (address, method, reply template) belongs to the tool runtime.
 */
final class ToolDeclarations {

    private static final String FILE = "tools.yaml";

    /** Declared tools and their parameters, or null when the pack has no tools.yaml. */
    private final Map<String, List<String>> tools;

    private ToolDeclarations(Map<String, List<String>> tools) {
        this.tools = tools;
    }

    static ToolDeclarations read(Path dir, List<PackProblem> problems) {
        if (!Files.exists(dir.resolve(FILE))) {
            return new ToolDeclarations(null);
        }
        Map<String, List<String>> tools = new HashMap<>();
        YamlNodes yaml = new YamlNodes(FILE, problems);
        MappingNode root = yaml.parse(dir.resolve(FILE));
        if (root == null) {
            return new ToolDeclarations(tools);
        }
        Node list = yaml.fields(root).get("tools");
        if (!(list instanceof SequenceNode seq)) {
            yaml.problem(list == null ? root : list, "expected a list under 'tools'");
            return new ToolDeclarations(tools);
        }
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode map)) {
                yaml.problem(item, "each tool must be a mapping with at least a name");
                continue;
            }
            Map<String, Node> f = yaml.fields(map);
            String name = yaml.text(f, "name", YamlNodes.line(item), true);
            List<String> parameters = yaml.texts(f, "parameters", YamlNodes.line(item), false);
            if (name != null && tools.put(name, f.containsKey("parameters") ? parameters : null) != null) {
                yaml.problem(item, "duplicate tool '" + name + "'");
            }
        }
        return new ToolDeclarations(tools);
    }

    /** Reports a call of an undeclared tool or parameter; without tools.yaml, a warning per call. */
    void check(Step.CallTool call, int line, String file, List<PackProblem> problems, List<PackProblem> warnings) {
        if (tools == null) {
            warnings.add(new PackProblem(file, line, "tool '" + call.tool() + "' is not declared: the pack has no "
                    + FILE + " (the journey cannot call it until it is declared)"));
        } else if (!tools.containsKey(call.tool())) {
            problems.add(new PackProblem(file, line, "tool '" + call.tool() + "' is not declared in " + FILE
                    + (tools.isEmpty() ? "" : " (declared: " + String.join(", ", tools.keySet().stream().sorted().toList()) + ")")));
        } else if (tools.get(call.tool()) != null) {
            List<String> declared = tools.get(call.tool());
            for (String parameter : call.parameters().keySet().stream().sorted().toList()) {
                if (!declared.contains(parameter)) {
                    problems.add(new PackProblem(file, line, "tool '" + call.tool() + "' has no parameter '" + parameter
                            + "' (its parameters: " + String.join(", ", declared) + ")"));
                }
            }
        }
    }
}
