package io.atende.pack;

import java.util.List;

/**
 * One knowledge file as its reader understood it, before sections get ids.
 *
 * @param title    the document's own title, or {@code null} to name it after the file
 * @param sections in file order; a section with no heading holds the text before the first heading
 */
record KnowledgeDocument(String title, List<Section> sections) {

    /**
     * @param heading the heading's text, {@code null} for the text before the first heading
     * @param level   1-3; a heading with no text of its own followed by a deeper one only groups its subsections
     * @param line    where the heading (or the text) starts, 1-based
     */
    record Section(String heading, int level, int line, String text) {
    }

    /** Whitespace as a reader expects it: single spaces, no blank line runs, no space at line ends. */
    static String tidy(String text) {
        return text.replace('\u00A0', ' ')
                .replaceAll("[ \\t\\x0B\\f]+", " ")
                .replaceAll("(?m)^ +| +$", "")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
