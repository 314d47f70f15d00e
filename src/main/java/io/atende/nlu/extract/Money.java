package io.atende.nlu.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount in reais, with two decimal places. */
public record Money(BigDecimal amount) {

    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    public Money {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("money must be zero or more");
        }
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    /** "R$ 1.299,90". */
    public String formatted() {
        NumberFormat format = NumberFormat.getNumberInstance(PT_BR);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "R$ " + format.format(amount);
    }
}
