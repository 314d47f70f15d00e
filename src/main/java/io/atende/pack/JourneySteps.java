package io.atende.pack;

import io.atende.journey.AttributeType;
import io.atende.journey.Rule;
import io.atende.journey.RuleSyntaxException;
import io.atende.journey.Step;
import io.atende.shared.Choice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the steps of one journey file. Each step is read on its own, so one broken step does not hide the
 * mistakes of the others; links between steps are checked afterwards by {@link JourneyChecks}.
 */
final class JourneySteps {

    /** Names of steps, attributes, outcomes and results: they are used in rules, so they follow its name rules. */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> RULE_WORDS = Set.of("and", "or", "not", "in", "starts_with", "true", "false", "null");
    private static final int DEFAULT_RETRIES = 2;
    /** WhatsApp's list holds ten rows: more answers to tap could not all be shown. */
    private static final int MAX_CHOICES = 10;
    private static final Map<String, List<String>> KEYS = Map.of(
            "say", List.of("text", "next"),
            "ask", List.of("attribute", "type", "text", "retry", "max_retries", "choices", "next", "on_fail"),
            "consent", List.of("attribute", "text", "next"),
            "call_tool", List.of("tool", "with", "save_as", "next", "on_error"),
            "branch", List.of("rules", "otherwise", "on_error"),
            "handoff", List.of("reason", "text"),
            "finish", List.of("outcome", "text"));

    /** A step as read, with where it was written and where its links were written. */
    record Read(Step step, int line, List<Link> links, Set<String> captures, List<Sourced<String>> reads) {
    }

    /** A reference to another step; {@code target} may not exist, which the checks report at {@code line}. */
    record Link(String target, int line) {
    }

    private final YamlNodes yaml;

    JourneySteps(YamlNodes yaml) {
        this.yaml = yaml;
    }

    /** Reads every step; {@code next} still null where the file left it out (the checks fill it in). */
    List<Read> read(SequenceNode steps, String file) {
        List<Read> out = new ArrayList<>();
        for (Node node : steps.getValue()) {
            if (!(node instanceof MappingNode map)) {
                yaml.problem(node, "each step must be a mapping with id and kind");
                continue;
            }
            Read read = step(map, file);
            if (read != null) {
                out.add(read);
            }
        }
        return out;
    }

    private Read step(MappingNode map, String file) {
        Map<String, Node> f = yaml.fields(map);
        int line = YamlNodes.line(map);
        String id = name(f, "id", line, true);
        String kind = yaml.text(f, "kind", line, true);
        if (kind == null) {
            return null;
        }
        List<String> allowed = KEYS.get(kind);
        if (allowed == null) {
            yaml.problem(f.get("kind"), "unknown step kind '" + kind + "' (use say, ask, consent, call_tool, branch, handoff or finish)");
            return null;
        }
        for (var entry : f.entrySet()) {
            if (!entry.getKey().equals("id") && !entry.getKey().equals("kind") && !allowed.contains(entry.getKey())) {
                yaml.problem(yamlKeyNode(map, entry.getKey()), "unknown key '" + entry.getKey() + "' in " + (kind.matches("[aeiou].*") ? "an " : "a ") + kind
                        + " step (it takes " + String.join(", ", allowed) + ")");
            }
        }
        List<Link> links = new ArrayList<>();
        Set<String> captures = new LinkedHashSet<>();
        List<Sourced<String>> reads = new ArrayList<>();
        // Only kinds that continue take 'next'; on the others it is already reported as an unknown key.
        String next = allowed.contains("next") ? link(f, "next", links) : null;
        Step step = switch (kind) {
            case "say" -> new Step.Say(id, template(f, "text", line, true, reads, file), next);
            case "ask" -> ask(f, id, line, next, links, captures, reads, file);
            case "consent" -> {
                String attribute = name(f, "attribute", line, true);
                captures.add(attribute);
                yield new Step.Consent(id, attribute, template(f, "text", line, true, reads, file), next);
            }
            case "call_tool" -> callTool(f, id, line, next, links, captures, reads, file);
            case "branch" -> branch(f, id, line, links, reads, file);
            case "handoff" -> new Step.Handoff(id, template(f, "reason", line, true, reads, file),
                    template(f, "text", line, false, reads, file));
            default -> new Step.Finish(id, name(f, "outcome", line, true), template(f, "text", line, false, reads, file));
        };
        captures.remove(null);
        return id == null ? null : new Read(step, line, links, captures, reads);
    }

    private Step ask(Map<String, Node> f, String id, int line, String next, List<Link> links, Set<String> captures,
                     List<Sourced<String>> reads, String file) {
        String attribute = name(f, "attribute", line, true);
        captures.add(attribute);
        String typeName = yaml.text(f, "type", line, true);
        AttributeType type = typeName == null ? null : AttributeType.fromYaml(typeName).orElse(null);
        if (typeName != null && type == null) {
            yaml.problem(f.get("type"), "unknown attribute type '" + typeName + "' (use " + AttributeType.yamlNames() + ")");
        }
        int retries = DEFAULT_RETRIES;
        Node max = f.get("max_retries");
        if (max != null) {
            if (max instanceof ScalarNode s && s.getValue().matches("[0-5]")) {
                retries = Integer.parseInt(s.getValue());
            } else {
                yaml.problem(max, "max_retries must be a whole number from 0 to 5");
            }
        }
        return new Step.Ask(id, attribute, type, template(f, "text", line, true, reads, file),
                template(f, "retry", line, false, reads, file), retries, next, link(f, "on_fail", links),
                choices(f, line, reads, file));
    }

    /** An ask's answers to tap: texts (templates too), each at most a choice's length, at most a WhatsApp list's rows. */
    private List<String> choices(Map<String, Node> f, int line, List<Sourced<String>> reads, String file) {
        List<String> choices = yaml.texts(f, "choices", line, false);
        if (choices.size() > MAX_CHOICES) {
            yaml.problem(f.get("choices"), "an ask offers at most " + MAX_CHOICES + " choices, not " + choices.size());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String choice : choices) {
            if (choice.length() > Choice.MAX_TITLE) {
                yaml.problem(f.get("choices"), "a choice has at most " + Choice.MAX_TITLE + " characters: '"
                        + choice.substring(0, 40) + "...'");
            }
            if (!seen.add(choice)) {
                yaml.problem(f.get("choices"), "choice '" + choice + "' is listed twice");
            }
            var m = JourneyChecks.PLACEHOLDER.matcher(choice);
            while (m.find()) {
                reads.add(new Sourced<>(m.group(1), file, YamlNodes.line(f.get("choices"))));
            }
        }
        return choices;
    }

    private Step callTool(Map<String, Node> f, String id, int line, String next, List<Link> links, Set<String> captures,
                          List<Sourced<String>> reads, String file) {
        String tool = name(f, "tool", line, true);
        Map<String, Rule> parameters = new LinkedHashMap<>();
        Node with = f.get("with");
        if (with instanceof MappingNode map) {
            for (var entry : yaml.fields(map).entrySet()) {
                Node value = entry.getValue();
                Rule rule = value instanceof ScalarNode s ? rule(s, "parameter '" + entry.getKey() + "'", reads, file) : null;
                if (!(value instanceof ScalarNode)) {
                    yaml.problem(value, "parameter '" + entry.getKey() + "' must be an expression such as an attribute name");
                }
                if (rule != null) {
                    parameters.put(entry.getKey(), rule);
                }
            }
        } else if (with != null) {
            yaml.problem(with, "'with' must map each parameter of the tool to an expression, e.g. cpf: cpf");
        }
        String saveAs = f.containsKey("save_as") ? name(f, "save_as", line, true) : tool;
        captures.add(saveAs);
        return new Step.CallTool(id, tool, parameters, saveAs, next, link(f, "on_error", links));
    }

    private Step branch(Map<String, Node> f, String id, int line, List<Link> links, List<Sourced<String>> reads,
                        String file) {
        List<Step.When> rules = new ArrayList<>();
        Node list = f.get("rules");
        if (!(list instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            yaml.problem(list == null ? f.get("kind") : list, "a branch needs 'rules': a list of {when: rule, go: step}");
        } else {
            for (Node item : seq.getValue()) {
                Map<String, Node> arm = item instanceof MappingNode m ? yaml.fields(m) : Map.of();
                if (!(arm.get("when") instanceof ScalarNode when) || !arm.containsKey("go") || arm.size() != 2) {
                    yaml.problem(item, "each rule of a branch is {when: rule, go: step}, nothing else");
                    continue;
                }
                Rule rule = rule(when, "rule", reads, file);
                String go = link(arm, "go", links);
                if (rule != null && go != null) {
                    rules.add(new Step.When(rule, go));
                }
            }
        }
        String otherwise = link(f, "otherwise", links);
        if (otherwise == null && !f.containsKey("otherwise")) {
            yaml.problem(f.get("kind"), "a branch needs 'otherwise': the step to go to when no rule holds");
        }
        return new Step.Branch(id, rules, otherwise, link(f, "on_error", links));
    }

    /** Parses a rule, reporting a syntax error with the rule's column; records the paths it reads. */
    private Rule rule(ScalarNode node, String what, List<Sourced<String>> reads, String file) {
        try {
            Rule rule = Rule.parse(node.getValue());
            rule.paths().forEach(p -> reads.add(new Sourced<>(p, file, YamlNodes.line(node))));
            return rule;
        } catch (RuleSyntaxException e) {
            yaml.problem(node, what + " '" + node.getValue() + "' does not parse: " + e.getMessage());
            return null;
        }
    }

    private String link(Map<String, Node> f, String key, List<Link> links) {
        String target = name(f, key, 0, false);
        if (target != null) {
            links.add(new Link(target, YamlNodes.line(f.get(key))));
        }
        return target;
    }

    private String name(Map<String, Node> f, String key, int line, boolean required) {
        String value = yaml.text(f, key, line, required);
        if (value != null && (!NAME.matcher(value).matches() || RULE_WORDS.contains(value))) {
            yaml.problem(f.get(key), "'" + key + "' must be a name in lower case, digits and _ (like pedir_cpf), "
                    + "and not a rule word, not '" + value + "'");
            return null;
        }
        return value;
    }

    private String template(Map<String, Node> f, String key, int line, boolean required, List<Sourced<String>> reads,
                            String file) {
        String text = yaml.text(f, key, line, required);
        if (text != null) {
            var m = JourneyChecks.PLACEHOLDER.matcher(text);
            while (m.find()) {
                reads.add(new Sourced<>(m.group(1), file, YamlNodes.line(f.get(key))));
            }
        }
        return text;
    }

    private static Node yamlKeyNode(MappingNode map, String key) {
        return map.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key))
                .map(t -> (Node) t.getKeyNode()).findFirst().orElse(map);
    }
}
