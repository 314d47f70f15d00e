package io.atende.nlu.extract;

import java.math.BigDecimal;

/**
 * A number as a customer gives a measure: a pet's weight, a height, a size. {@code unit} is the word written right
 * after the number, folded ({@code kg}, {@code quilos}, {@code m}), or {@code null}; it is kept as written, not
 * converted.
 */
public record Measure(BigDecimal value, String unit) {
}
