package io.atende.pack;

import java.util.List;

/**
 * One section of a knowledge document.
 *
 * @param id        {@code <file stem>/<heading slug>}, stable while the heading does not change
 * @param source    the document title the section came from, shown to customers as the source
 * @param questions how customers ask for this section ({@code knowledge/questions.yaml}): searched with the
 *                  section, never shown
 */
public record KnowledgeEntry(String id, String title, String text, String source, List<String> questions) {

    public KnowledgeEntry {
        questions = List.copyOf(questions);
    }

    /** A section nobody wrote questions for. */
    public KnowledgeEntry(String id, String title, String text, String source) {
        this(id, title, text, source, List.of());
    }
}
