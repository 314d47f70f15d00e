package io.atende.engine.local;

/**
 * Routing thresholds, calibrated on the labelled customer messages in the tests
 * ({@code engine/local/labelled-turns.tsv}); change them only with that table test passing.
 *
 * @param socialSure      intent similarity above which a message is small talk whatever else it contains
 * @param socialMin       intent similarity above which a message is small talk unless retrieval found an answer
 * @param greetingPrefix  similarity a leading clause needs to be set aside as a greeting
 * @param knowledgeMin    share of the question's words (IDF-weighted) a section must contain to answer with it; on the
 *                        retrieval dev queries ({@code packs/demo-store/eval/retrieval-dev.jsonl}, policy kind) every
 *                        top section above 0.33 was right and 0.4 keeps that with a margin (docs/knowledge.md)
 * @param productMin      share of the product words a product must contain to list it
 * @param handoffSentiment sentiment score (-1..1) at or below which a message without objections goes to a person;
 *                        on {@code packs/demo-store/eval/sentiment-dev.jsonl} it takes "pessimo atendimento, ninguem
 *                        responde 😡", "horrivel, nunca mais compro aqui" and "produto veio quebrado, to muito
 *                        chateada", and leaves a plain complaint the agent asks about ("que absurdo, péssimo
 *                        atendimento", -0.75) and everything milder
 */
record Calibration(double socialSure, double socialMin, double greetingPrefix, double knowledgeMin,
                   double productMin, double handoffSentiment) {

    // "I don't know" has its own calibration, by pack: io.atende.knowledge.Abstention.forPack
    static final Calibration DEFAULT = new Calibration(0.8, 0.5, 0.6, 0.4, 0.5, -0.76);
}
