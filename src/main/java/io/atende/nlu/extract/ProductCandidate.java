package io.atende.nlu.extract;

import io.atende.pack.Product;

/** A catalog product that a message may refer to, with a score between 0 and 1 (1: exact id or title). */
public record ProductCandidate(Product product, double score) {
}
