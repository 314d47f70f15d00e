package io.atende.journey;

/**
 * Port: reads one typed value out of what the customer wrote. The journey runtime asks; an adapter below the engine
 * answers with the NLU extractors, so this package needs neither the extractors nor the pack.
 */
public interface AttributeReader {

    /** Looks for a value of {@code type} in {@code text}. */
    Reading read(AttributeType type, String text);

    /**
     * A kept value as a message shows it to the customer: money kept as {@code 1500.00} reads {@code 1.500,00} in
     * pt-BR. The default shows the value as kept.
     */
    default String display(AttributeType type, String value) {
        return value;
    }

    /**
     * A kept value as rules and templates read it. A product is kept by its catalog id, and rules need its fields
     * ({@code produto.stock <= 0}), so the adapter answers the product as a map of fields; decimal fields of such a
     * map are amounts of money and messages show them as {@link #display} shows money. The default is the value as
     * kept.
     */
    default Object fact(AttributeType type, String value) {
        return value;
    }

    /** What a reading found. */
    sealed interface Reading {

        /**
         * A valid value, as it is kept: plain enough for rules ({@code 1299.90} for money, {@code true}/{@code false}
         * for yes or no) and readable in messages.
         */
        record Found(String value) implements Reading {
        }

        /** Something shaped like the value but wrong (a CPF with bad check digits), with the message that says so. */
        record Invalid(String message) implements Reading {
        }

        /** Nothing of this type in the text. */
        record Absent() implements Reading {
        }
    }
}
