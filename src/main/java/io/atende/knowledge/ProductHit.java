package io.atende.knowledge;

import io.atende.pack.Product;

/**
 * A catalog product that matched a product question.
 *
 * @param score    the fused retrieval score with an in-stock preference (comparable only within one query)
 * @param coverage the IDF-weighted share of the question's product words found in the product, 0..1
 */
public record ProductHit(Product product, double score, double coverage) {
}
