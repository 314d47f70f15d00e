package io.atende.nlu.sentiment;

import java.util.Locale;

/** A reason a customer gives against buying or finishing a purchase. */
public enum Objection {
    /** The product costs too much, or the customer bargains. */
    PRICE,
    /** The shipping cost is too high, or free shipping is a condition. */
    FREIGHT,
    /** The delivery takes or took too long, or may not arrive in time. */
    DELIVERY_TIME,
    /** Doubt that the store or product is legitimate: scam, counterfeit, safety of paying. */
    TRUST,
    /** Doubt that the product is good or fits the need. */
    PRODUCT_DOUBT,
    /** A payment method is missing, refused or inconvenient. */
    PAYMENT;

    /** "price", "freight", "delivery_time", ... as in the evaluation files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Objection fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
