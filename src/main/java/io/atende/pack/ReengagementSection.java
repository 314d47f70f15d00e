package io.atende.pack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code reengagement:} section of store.yaml: follow-ups after the customer goes silent. */
final class ReengagementSection {

    /** Templates a pack with follow-ups must have: the follow-up itself and the reply to an opt-out. */
    static final Set<String> MESSAGES = Set.of("reengagement", "opt_out_confirmed");
    static final Set<String> KEYS = Set.of("after_minutes", "max_followups", "whatsapp_template");
    /** Thirty days: WhatsApp templates aside, a follow-up later than that is no longer about this conversation. */
    static final long MAX_MINUTES = 43_200;
    static final int MAX_FOLLOWUPS = 10;
    /** WhatsApp's rule for template names: lower-case letters, digits and underscores. */
    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9_]{1,512}");

    private ReengagementSection() {
    }

    /** The settings, or {@code null} when the section is absent or has errors (reported to {@code yaml}). */
    static StoreIdentity.Reengagement read(YamlNodes yaml, Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MappingNode section)) {
            yaml.problem(node, "reengagement must be a mapping with after_minutes, max_followups and whatsapp_template");
            return null;
        }
        Map<String, Node> f = yaml.fields(section);
        boolean valid = true;
        for (var entry : f.entrySet()) {
            if (!KEYS.contains(entry.getKey())) {
                // a misspelt key would otherwise silently keep its default
                yaml.problem(entry.getValue(), "unknown key '" + entry.getKey() + "' in reengagement (use "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                valid = false;
            }
        }
        Long minutes = whole(yaml, f.get("after_minutes"), "after_minutes", 1, MAX_MINUTES);
        if (!f.containsKey("after_minutes")) {
            yaml.problem(section, "reengagement needs after_minutes: the minutes of silence before a follow-up");
        }
        Long max = f.containsKey("max_followups")
                ? whole(yaml, f.get("max_followups"), "max_followups", 1, MAX_FOLLOWUPS) : Long.valueOf(1);
        String template = null;
        Node templateNode = f.get("whatsapp_template");
        if (templateNode != null) {
            template = templateNode instanceof ScalarNode s ? s.getValue().strip() : "";
            if (!TEMPLATE.matcher(template).matches()) {
                yaml.problem(templateNode, "whatsapp_template must be a WhatsApp template name: lower-case letters,"
                        + " digits and _");
                template = null;
                valid = false;
            }
        }
        if (!valid || minutes == null || max == null) {
            return null;
        }
        return new StoreIdentity.Reengagement(Duration.ofMinutes(minutes), max.intValue(), template);
    }

    /** Adds an error for each template of {@code needed} (those of {@link #MESSAGES}, or none) the pack lacks. */
    static void checkMessages(Set<String> needed, MessageTemplates messages, List<PackProblem> problems) {
        needed.stream().sorted().filter(key -> !messages.has(key)).forEach(key -> problems.add(new PackProblem(
                "messages.yaml", 0, "store.yaml has a reengagement section, so the template '" + key
                + "' is required")));
    }

    private static Long whole(YamlNodes yaml, Node node, String key, long min, long max) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && s.getValue().strip().matches("\\d{1,9}")) {
            long value = Long.parseLong(s.getValue().strip());
            if (value >= min && value <= max) {
                return value;
            }
        }
        yaml.problem(node, key + " must be a whole number from " + min + " to " + max);
        return null;
    }
}
