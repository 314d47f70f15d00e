package io.atende.pack;

/**
 * One section of a knowledge document.
 *
 * @param id     {@code <file stem>/<heading slug>}, stable while the heading does not change
 * @param source the document title the section came from, shown to customers as the source
 */
public record KnowledgeEntry(String id, String title, String text, String source) {
}
