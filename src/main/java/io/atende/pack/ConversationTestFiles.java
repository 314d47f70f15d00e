package io.atende.pack;

import io.atende.journey.Journey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code tests/*.yaml} (and {@code .yml}): the pack's conversation tests, in file-name order. The folder is
 * optional. Unlike other files, an unknown key is an error, not a warning: a mistyped expectation would otherwise
 * pass without checking anything.
 */
final class ConversationTestFiles {

    private static final Set<String> TEST_KEYS = Set.of("name", "turns");
    private static final List<String> TURN_KEYS = List.of("customer", "intent", "route", "reply_contains",
            "reply_not_contains", "attributes", "journey", "outcome", "handoff", "choices");

    private ConversationTestFiles() {
    }

    static List<ConversationTest> read(Path dir, List<Journey> journeys, List<PackProblem> problems) {
        return read(dir, journeys, Set.of(), problems);
    }

    /**
     * As above; {@code declared} holds every journey name the journey files declare, also of files with errors: a test
     * naming a journey whose file has errors is not reported again, since the journey's own errors say what to fix
     * (one per mistake, not one more per test turn).
     */
    static List<ConversationTest> read(Path dir, List<Journey> journeys, Set<String> declared,
                                       List<PackProblem> problems) {
        List<ConversationTest> tests = new ArrayList<>();
        Path folder = dir.resolve("tests");
        if (!Files.isDirectory(folder)) {
            return tests;
        }
        Set<String> journeyNames = journeys.stream().map(Journey::name).collect(Collectors.toCollection(java.util.HashSet::new));
        journeyNames.addAll(declared);
        Map<String, String> names = new HashMap<>();
        for (Path path : PackFiles.list(folder, ".yaml", ".yml")) {
            String file = PackFiles.name(dir, path);
            YamlNodes yaml = new YamlNodes(file, problems);
            MappingNode root = yaml.parse(path);
            if (root == null) {
                continue;
            }
            unknownKeys(yaml, root, Set.of("tests"), "a tests file has one key, tests: a list of tests");
            Node list = yaml.fields(root).get("tests");
            if (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
                yaml.problem(list == null ? root : list, "'tests' must be a list of at least one test");
                continue;
            }
            for (Node node : seq.getValue()) {
                ConversationTest test = test(yaml, file, node, journeyNames);
                if (test != null) {
                    String first = names.putIfAbsent(test.name(), file + ":" + test.line());
                    if (first != null) {
                        yaml.problem(node, "duplicate test name '" + test.name() + "' (also at " + first + ")");
                    } else {
                        tests.add(test);
                    }
                }
            }
        }
        return tests;
    }

    private static ConversationTest test(YamlNodes yaml, String file, Node node, Set<String> journeys) {
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "a test must be a mapping with 'name' and 'turns'");
            return null;
        }
        unknownKeys(yaml, map, TEST_KEYS, "a test has name and turns");
        Map<String, Node> f = yaml.fields(map);
        String name = yaml.text(f, "name", YamlNodes.line(map), true);
        Node turnsNode = f.get("turns");
        if (!(turnsNode instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(turnsNode == null ? map : turnsNode, "test '" + (name == null ? "?" : name)
                    + "' needs 'turns': a list of at least one customer turn");
            return null;
        }
        List<ConversationTest.Turn> turns = new ArrayList<>();
        for (Node turnNode : seq.getValue()) {
            ConversationTest.Turn turn = turn(yaml, turnNode, journeys);
            if (turn != null) {
                turns.add(turn);
            }
        }
        if (name == null || turns.size() != seq.getValue().size()) {
            return null;
        }
        return new ConversationTest(name, file, YamlNodes.line(f.get("name")), turns);
    }

    private static ConversationTest.Turn turn(YamlNodes yaml, Node node, Set<String> journeys) {
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "a turn must be a mapping with 'customer' (the message) and expectations");
            return null;
        }
        unknownKeys(yaml, map, Set.copyOf(TURN_KEYS), "a turn has " + String.join(", ", TURN_KEYS));
        Map<String, Node> f = yaml.fields(map);
        int line = YamlNodes.line(map);
        String customer = yaml.text(f, "customer", line, true);
        String journey = yaml.text(f, "journey", line, false);
        if (journey != null && !journey.equals("none") && !journeys.contains(journey)) {
            yaml.problem(f.get("journey"), "unknown journey '" + journey + "' (" + (journeys.isEmpty()
                    ? "the pack has no journeys: use none" : "use none or one of "
                    + String.join(", ", journeys.stream().sorted().toList())) + ")");
        }
        Boolean handoff = null;
        if (f.get("handoff") != null) {
            String text = yaml.text(f, "handoff", line, false);
            if ("true".equals(text) || "false".equals(text)) {
                handoff = Boolean.valueOf(text);
            } else if (text != null) {
                yaml.problem(f.get("handoff"), "'handoff' must be true or false, not '" + text + "'");
            }
        }
        var expect = new ConversationTest.Expectations(yaml.text(f, "intent", line, false),
                yaml.text(f, "route", line, false), textOrTexts(yaml, f, "reply_contains"),
                textOrTexts(yaml, f, "reply_not_contains"), attributes(yaml, f.get("attributes")), journey,
                yaml.text(f, "outcome", line, false), handoff,
                f.get("choices") == null ? null : yaml.texts(f, "choices", line, false));
        return customer == null ? null : new ConversationTest.Turn(customer, YamlNodes.line(f.get("customer")), expect);
    }

    private static List<String> textOrTexts(YamlNodes yaml, Map<String, Node> f, String key) {
        if (f.get(key) instanceof ScalarNode) {
            String one = yaml.text(f, key, 0, false);
            return one == null ? List.of() : List.of(one);
        }
        return yaml.texts(f, key, 0, false);
    }

    private static Map<String, String> attributes(YamlNodes yaml, Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "'attributes' must map attribute names to the values expected after the turn");
            return out;
        }
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                    && !value.getValue().isBlank()) {
                out.put(key.getValue().strip(), value.getValue().strip());
            } else {
                yaml.problem(tuple.getValueNode(), "attribute expectations must be a name and a non-empty value");
            }
        }
        return out;
    }

    private static void unknownKeys(YamlNodes yaml, MappingNode map, Set<String> known, String hint) {
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && !known.contains(key.getValue())) {
                yaml.problem(key, "unknown key '" + key.getValue() + "' (" + hint + ")");
            }
        }
    }
}
