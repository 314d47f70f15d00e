package io.atende.knowledge;

import java.util.Set;

/**
 * How retrieval read one word of a question, for {@code ./atende search}.
 *
 * @param word        the word after chat normalization
 * @param stems       its index terms
 * @param synonyms    terms the pack's synonyms added
 * @param corrections terms of the nearest index words, when the word itself is unknown
 */
public record WordReading(String word, Set<String> stems, Set<String> synonyms, Set<String> corrections) {
}
