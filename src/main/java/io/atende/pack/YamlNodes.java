package io.atende.pack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML as nodes so that every problem can name its line. */
final class YamlNodes {

    private final String file;
    private final List<PackProblem> problems;

    YamlNodes(String file, List<PackProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Parses the file; reports a syntax error with its line and returns null. */
    MappingNode parse(Path path) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader in = Files.newBufferedReader(path)) {
            Node root = new Yaml(options).compose(in);
            reportDuplicateKeys(root);
            if (root instanceof MappingNode map) {
                return map;
            }
            problems.add(new PackProblem(file, root == null ? 0 : line(root), "expected a mapping of keys to values"));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new PackProblem(file, line, "invalid YAML: " + e.getProblem()));
        } catch (IOException e) {
            problems.add(new PackProblem(file, 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    /**
     * SnakeYAML checks duplicate keys only when it constructs objects, and the pack is read as nodes (for the lines),
     * so a key written twice would silently replace the first.
     */
    private void reportDuplicateKeys(Node node) {
        if (node instanceof MappingNode map) {
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && !"<<".equals(key.getValue())) {
                    Integer first = seen.putIfAbsent(key.getValue(), line(key));
                    if (first != null) {
                        problems.add(new PackProblem(file, line(key), "duplicate key '" + key.getValue()
                                + "' (first at line " + first + ")"));
                    }
                }
                reportDuplicateKeys(tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(this::reportDuplicateKeys);
        }
    }

    Map<String, Node> fields(MappingNode map) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                out.put(key.getValue(), tuple.getValueNode());
            }
        }
        return out;
    }

    String text(Map<String, Node> fields, String key, int parentLine, boolean required) {
        Node node = fields.get(key);
        if (node == null) {
            if (required) {
                problems.add(new PackProblem(file, parentLine, "missing required key '" + key + "'"));
            }
            return null;
        }
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        problems.add(new PackProblem(file, line(node), "'" + key + "' must be a non-empty text"));
        return null;
    }

    List<String> texts(Map<String, Node> fields, String key, int parentLine, boolean required) {
        Node node = fields.get(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            if (required) {
                problems.add(new PackProblem(file, parentLine, "missing required list '" + key + "'"));
            }
            return out;
        }
        if (!(node instanceof SequenceNode seq)) {
            problems.add(new PackProblem(file, line(node), "'" + key + "' must be a list"));
            return out;
        }
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                out.add(s.getValue().strip());
            } else {
                problems.add(new PackProblem(file, line(item), "items of '" + key + "' must be non-empty texts"));
            }
        }
        return out;
    }

    void problem(Node node, String message) {
        problems.add(new PackProblem(file, node == null ? 0 : line(node), message));
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
