package io.atende.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code knowledge/*.md}: the first {@code # Title} names the document; each {@code ## Heading} (and any later
 * {@code # Heading}) starts a section; deeper headings stay in the text. Emphasis and link syntax are reduced to
 * plain text.
 */
final class MarkdownDocuments {

    private MarkdownDocuments() {
    }

    static KnowledgeDocument read(List<String> lines) {
        String title = null;
        List<KnowledgeDocument.Section> sections = new ArrayList<>();
        String heading = null;
        int level = 1;
        int start = 1;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean h1 = line.startsWith("# ");
            if (h1 && title == null) {
                title = line.substring(2).strip();
                start = i + 2;
            } else if (h1 || line.startsWith("## ")) {
                add(sections, heading, level, start, body);
                heading = line.substring(h1 ? 2 : 3).strip();
                level = h1 ? 1 : 2;
                start = i + 1;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        add(sections, heading, level, start, body);
        return new KnowledgeDocument(title, sections);
    }

    private static void add(List<KnowledgeDocument.Section> sections, String heading, int level, int line,
                            StringBuilder body) {
        sections.add(new KnowledgeDocument.Section(heading, level, line, plain(body.toString())));
    }

    /** Markdown to plain text: emphasis and link syntax go, the words stay. */
    static String plain(String markdown) {
        return KnowledgeDocument.tidy(markdown
                .replaceAll("\\[([^]]+)]\\(([^)]+)\\)", "$1 ($2)")
                .replaceAll("(\\*\\*|__|`)", "")
                .replaceAll("(?m)^\\s*[-*+]\\s+", "- ")
                .replaceAll("(?m)^#{3,6}\\s*", ""));
    }
}
