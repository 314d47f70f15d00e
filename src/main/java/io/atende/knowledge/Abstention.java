package io.atende.knowledge;

import io.atende.pack.Pack;

/**
 * When the store's knowledge does not answer a question: the best section's heading was not typed and its
 * coverage of the question's policy part (the IDF-weighted share of its words, synonyms and corrections included, that the section holds;
 * a word no document has weighs most) is under {@code minCoverage}. Calibrated on the demo pack's answerable
 * tuning queries and its unanswerable tuning questions ({@code packs/demo-store/eval/unanswerable-dev.jsonl});
 * docs/knowledge.md has the table.
 *
 * @param minCoverage coverage a section needs to be given as the answer
 */
public record Abstention(double minCoverage) {

    /** Calibrated on the demo pack with its {@code knowledge/questions.yaml}: questions raise every section's coverage. */
    public static final Abstention WITH_QUESTIONS = new Abstention(0.60);
    /** Calibrated on the demo pack before it had questions. */
    public static final Abstention WITHOUT_QUESTIONS = new Abstention(0.55);

    /** The calibration that fits the pack: whether its sections list how customers ask for them. */
    public static Abstention forPack(Pack pack) {
        return pack.knowledge().stream().anyMatch(e -> !e.questions().isEmpty()) ? WITH_QUESTIONS : WITHOUT_QUESTIONS;
    }

    /**
     * Whether this section may answer; false when there is none. A section whose heading the customer typed in
     * full answers at any coverage: "vcs aceitam pix?" names the section "Pix" even though "aceitam" is not in it.
     */
    public boolean answers(SectionAnswer best) {
        return best != null && (best.headingTyped() || best.hit().coverage() >= minCoverage);
    }
}
