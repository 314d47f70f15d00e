package io.atende.nlu;

/** Turns a text into a dense vector of fixed length (a sentence embedding). Implementations are thread-safe. */
interface SentenceEncoder {

    /** The vector of one text; same length, {@link #dimension()}, for every text. */
    float[] embed(String text);

    /** The vectors of many texts, in order; implementations may batch them. */
    default java.util.List<float[]> embedAll(java.util.List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    int dimension();
}
