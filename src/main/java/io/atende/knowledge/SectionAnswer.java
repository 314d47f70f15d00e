package io.atende.knowledge;

/**
 * The best section for a question's policy part, with what {@link Abstention} needs to decide whether to give it.
 *
 * @param hit          the section, its fused score and its coverage of the question's policy part
 * @param headingTyped whether the customer typed every word of the section's heading ("vcs aceitam pix?" for
 *                     "Pix"): the store's own name for the topic, asked for by name
 * @param namedBelow   a section a rank or two down whose whole heading the customer typed (words or the pack's
 *                     synonyms for them), or {@code null}: in "vcs aceitam boleto?" the heading "Bandeiras aceitas"
 *                     shares the rarer word, but "Boleto bancário" is the section asked about
 */
public record SectionAnswer(KnowledgeHit hit, boolean headingTyped, KnowledgeHit namedBelow) {

    public SectionAnswer(KnowledgeHit hit, boolean headingTyped) {
        this(hit, headingTyped, null);
    }
}
