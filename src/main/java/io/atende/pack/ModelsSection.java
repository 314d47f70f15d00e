package io.atende.pack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code models:} section of store.yaml: which model of the configured provider serves each feature
 * ({@code decision: gpt-4o-mini}, {@code conversation: gpt-4.1}). The provider, its address and key stay in the
 * operator's environment; a pack only names models.
 */
final class ModelsSection {

    /** The features a pack may choose a model for (io.atende.llm.Feature's wire names). */
    static final List<String> FEATURES = List.of("decision", "conversation", "transcription", "vision", "insight");

    private ModelsSection() {
    }

    /** Feature to model name; empty when the section is absent or has errors (reported to {@code yaml}). */
    static Map<String, String> read(YamlNodes yaml, Node node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof MappingNode section)) {
            yaml.problem(node, "models must be a mapping of feature to model name, e.g. decision: gpt-4o-mini");
            return Map.of();
        }
        Map<String, String> models = new LinkedHashMap<>();
        for (var entry : yaml.fields(section).entrySet()) {
            if (!FEATURES.contains(entry.getKey())) {
                yaml.problem(entry.getValue(), "unknown feature '" + entry.getKey() + "' in models (use "
                        + String.join(", ", FEATURES) + ")");
            } else if (!(entry.getValue() instanceof ScalarNode s) || s.getValue().isBlank()) {
                yaml.problem(entry.getValue(), "models." + entry.getKey() + " must be a model name");
            } else {
                models.put(entry.getKey(), s.getValue().strip());
            }
        }
        return models;
    }
}
