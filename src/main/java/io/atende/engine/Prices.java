package io.atende.engine;

import io.atende.pack.Pack;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** Prices as the pack's customers read them: BRL the Brazilian way, "R$ 1.299,90", from its currency and language. */
public final class Prices {

    private final Locale locale;
    private final String symbol;

    private Prices(Locale locale, String symbol) {
        this.locale = locale;
        this.symbol = symbol;
    }

    public static Prices of(Pack pack) {
        Locale locale = pack.identity().language();
        return new Prices(locale, Currency.getInstance(pack.identity().currency()).getSymbol(locale));
    }

    public String format(BigDecimal amount) {
        // DecimalFormat is not thread-safe and cheap to make: one per call
        return symbol + " " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale)).format(amount);
    }
}
