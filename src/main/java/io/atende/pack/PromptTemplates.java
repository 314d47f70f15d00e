package io.atende.pack;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompts the LLM engine sends, by name ({@code conversation}, {@code journey_classification}, ...): the built-in
 * pt-BR files, each replaced by the pack's {@code prompts/<name>.md} when it has one. They decide how good the agent
 * is, so a store tunes them as files, not in code. Placeholders are {@code {{name}}}; which names each prompt may use
 * is fixed ({@link #PLACEHOLDERS}) and checked when the files load.
 */
public record PromptTemplates(Map<String, String> templates) {

    /** Every prompt and the placeholders it may use. */
    public static final Map<String, Set<String>> PLACEHOLDERS = Map.of(
            "conversation", Set.of("store", "persona", "tone", "sources", "attributes"),
            "knowledge_context", Set.of("sections", "products", "tool_results"),
            "attribute_extraction", Set.of("store", "persona", "journey", "goal", "attribute", "type",
                    "validation", "question", "captured", "journeys"),
            "journey_classification", Set.of("store", "persona", "journeys", "captured"),
            "closing_message", Set.of("journey", "goal", "outcome"),
            "message_codes", Set.of("codes"),
            "guardrail_retry", Set.of("figures"),
            "image_description", Set.of("store_name", "language"));

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_]+)\\s*}}");

    public PromptTemplates {
        templates = Map.copyOf(templates);
        if (!templates.keySet().equals(PLACEHOLDERS.keySet())) {
            throw new IllegalArgumentException("prompt templates must be exactly " + PLACEHOLDERS.keySet());
        }
    }

    /** The prompt {@code name} with its placeholders filled; a value not given renders as empty text. */
    public String render(String name, Map<String, String> values) {
        if (!templates.containsKey(name)) {
            throw new IllegalArgumentException("there is no prompt named " + name);
        }
        // the same {{name}} syntax as the pack's messages, rendered the same way
        return new MessageTemplates(templates).render(name, values).strip();
    }

    /** The placeholder names a template text uses. */
    static Set<String> placeholders(String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
