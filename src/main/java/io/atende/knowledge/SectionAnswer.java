package io.atende.knowledge;

/**
 * The best section for a question's policy part, with what {@link Abstention} needs to decide whether to give it.
 *
 * @param hit          the section, its fused score and its coverage of the question's policy part
 * @param headingTyped whether the customer typed every word of the section's heading ("vcs aceitam pix?" for
 *                     "Pix"): the store's own name for the topic, asked for by name
 */
public record SectionAnswer(KnowledgeHit hit, boolean headingTyped) {
}
