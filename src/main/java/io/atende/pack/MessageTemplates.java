package io.atende.pack;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pack's message templates, {@code {{name}}} placeholders filled by {@link #render}. */
public record MessageTemplates(Map<String, String> templates) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_]+)\\s*}}");

    public MessageTemplates {
        templates = Map.copyOf(templates);
    }

    public boolean has(String key) {
        return templates.containsKey(key);
    }

    /** Renders a template; a missing value renders as empty text. */
    public String render(String key, Map<String, String> values) {
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("the pack has no message template named " + key);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
