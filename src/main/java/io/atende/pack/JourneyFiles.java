package io.atende.pack;

import io.atende.journey.Journey;
import io.atende.journey.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code journeys/*.yaml} (and {@code .yml}), one journey per file, in file-name order. The folder is
 * optional: a pack without journeys answers from its knowledge and intents only.
 */
final class JourneyFiles {

    private static final Set<String> KEYS = Set.of("name", "goal", "triggers", "steps");

    private JourneyFiles() {
    }

    static List<Journey> read(Path dir, Set<String> intents, PackTools declaredTools, List<PackProblem> problems,
                              List<PackProblem> warnings) {
        return read(dir, intents, declaredTools, problems, warnings, new java.util.HashSet<>());
    }

    /** As above; {@code declared} receives every journey name the files declare, also of journeys with errors. */
    static List<Journey> read(Path dir, Set<String> intents, PackTools declaredTools, List<PackProblem> problems,
                              List<PackProblem> warnings, Set<String> declared) {
        List<Journey> journeys = new ArrayList<>();
        Path folder = dir.resolve("journeys");
        if (!Files.isDirectory(folder)) {
            return journeys;
        }
        ToolDeclarations tools = new ToolDeclarations(declaredTools);
        Map<String, Sourced<String>> names = new HashMap<>();
        for (Path path : PackFiles.list(folder, ".yaml", ".yml")) {
            String file = PackFiles.name(dir, path);
            YamlNodes yaml = new YamlNodes(file, problems);
            MappingNode root = yaml.parse(path);
            if (root == null) {
                continue;
            }
            Map<String, Node> f = yaml.fields(root);
            String name = yaml.text(f, "name", 1, true);
            if (name != null && !JourneySteps.NAME.matcher(name).matches()) {
                yaml.problem(f.get("name"), "journey name must be in lower case, digits and _ (like status_pedido), not '" + name + "'");
                name = null;
            }
            if (name != null) {
                declared.add(name);
                Sourced<String> first = names.putIfAbsent(name, new Sourced<>(name, file, YamlNodes.line(f.get("name"))));
                if (first != null) {
                    yaml.problem(f.get("name"), "duplicate journey '" + name + "' (also at " + first.where() + ")");
                }
            }
            for (var tuple : root.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !KEYS.contains(key.getValue())) {
                    yaml.problem(key, "unknown key '" + key.getValue() + "' (a journey has name, goal, triggers and steps)");
                }
            }
            String goal = yaml.text(f, "goal", 1, true);
            Journey.Triggers triggers = triggers(yaml, f.get("triggers"), root, intents);
            Node stepsNode = f.get("steps");
            if (!(stepsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                yaml.problem(stepsNode == null ? root : stepsNode, "a journey needs 'steps': a list of at least one step");
                continue;
            }
            int before = problems.size();
            List<JourneySteps.Read> read = new JourneySteps(yaml).read(seq, file);
            boolean complete = read.size() == seq.getValue().size() && problems.size() == before;
            List<Step> steps = new JourneyChecks(file, problems, warnings)
                    .check(name == null ? file : name, read, stepIds(yaml, seq), complete, tools);
            if (steps != null && name != null && goal != null && triggers != null) {
                journeys.add(new Journey(name, goal, triggers, steps));
            }
        }
        return journeys;
    }

    /** Every id written in the steps, also of steps that are broken, so links to them are not reported twice. */
    private static Set<String> stepIds(YamlNodes yaml, SequenceNode steps) {
        Set<String> ids = new java.util.HashSet<>();
        for (Node node : steps.getValue()) {
            if (node instanceof MappingNode map && yaml.fields(map).get("id") instanceof ScalarNode id) {
                ids.add(id.getValue().strip());
            }
        }
        return ids;
    }

    private static Journey.Triggers triggers(YamlNodes yaml, Node node, MappingNode root, Set<String> intents) {
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node == null ? root : node, "a journey needs 'triggers' with 'phrases' customers write "
                    + "and/or 'intents' of intents.yaml that start it");
            return null;
        }
        Map<String, Node> f = yaml.fields(map);
        for (String key : f.keySet()) {
            if (!key.equals("intents") && !key.equals("phrases")) {
                yaml.problem(f.get(key), "unknown key '" + key + "' in triggers (use intents and phrases)");
            }
        }
        int line = YamlNodes.line(map);
        List<String> named = yaml.texts(f, "intents", line, false);
        List<String> phrases = yaml.texts(f, "phrases", line, false);
        for (String intent : named) {
            if (!intents.contains(intent)) {
                yaml.problem(f.get("intents"), "unknown intent '" + intent + "' (" + (intents.isEmpty()
                        ? "the pack has no intents: write intents.yaml, or trigger the journey with phrases"
                        : "intents.yaml has " + String.join(", ", intents.stream().sorted().toList())) + ")");
            }
        }
        if (named.isEmpty() && phrases.isEmpty()) {
            yaml.problem(map, "triggers need at least one phrase or intent");
        }
        return new Journey.Triggers(named, phrases);
    }
}
