package io.atende.pack;

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
        var document = new KnowledgeDocument.Builder(MarkdownDocuments::plain);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean h1 = line.startsWith("# ");
            if (h1 && !document.hasTitle()) {
                document.title(line.substring(2).strip(), i + 2);
            } else if (h1 || line.startsWith("## ")) {
                document.heading(line.substring(h1 ? 2 : 3).strip(), h1 ? 1 : 2, i + 1);
            } else {
                document.text().append(line).append('\n');
            }
        }
        return document.build();
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
