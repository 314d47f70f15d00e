package io.atende.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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

    /** Collects a document's sections in file order as a reader meets its title, headings and text. */
    static final class Builder {

        private final UnaryOperator<String> clean;
        private final List<Section> sections = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String title;
        private String heading;
        private int level = 1;
        private int start = 1;

        /** @param clean turns a section's raw text into the text kept */
        Builder(UnaryOperator<String> clean) {
            this.clean = clean;
        }

        boolean hasTitle() {
            return title != null;
        }

        /** The document's title; the text after it, up to the first heading, starts at {@code line}. */
        void title(String title, int line) {
            this.title = title;
            this.start = line;
        }

        void heading(String heading, int level, int line) {
            cut();
            this.heading = heading;
            this.level = level;
            this.start = line;
        }

        /** The current section's raw text, to append to. */
        StringBuilder text() {
            return text;
        }

        KnowledgeDocument build() {
            cut();
            return new KnowledgeDocument(title, sections);
        }

        private void cut() {
            sections.add(new Section(heading, level, start, clean.apply(text.toString())));
            text.setLength(0);
        }
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
