package io.atende.nlu.extract;

import io.atende.pack.Pack;
import io.atende.pack.Product;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The face of entity extraction: one method per kind of value a journey may capture, each returning
 * {@link Extracted} (valid typed value, invalid with a retry message key, or absent), and the retry messages
 * themselves. Build one per pack with {@link #forPack}; it is immutable and thread-safe.
 *
 * <pre>{@code
 * Extracted<Cpf> cpf = extractors.cpf("meu cpf é 123.456.789-09");
 * if (cpf instanceof Extracted.Invalid<Cpf> invalid) reply(extractors.retryMessage(invalid));
 * }</pre>
 */
public final class Extractors {

    private final CpfExtractor cpf = new CpfExtractor();
    private final CnpjExtractor cnpj = new CnpjExtractor();
    private final EmailExtractor email = new EmailExtractor();
    private final PhoneExtractor phone;
    private final CepExtractor cep = new CepExtractor();
    private final DateExtractor date;
    private final MoneyExtractor money = new MoneyExtractor();
    private final QuantityExtractor quantity = new QuantityExtractor();
    private final MeasureExtractor measure = new MeasureExtractor();
    private final OrderNumberExtractor orderNumber;
    private final ProductMatcher products;
    private final YesNoExtractor yesNo = new YesNoExtractor();
    private final RetryMessages messages;

    /**
     * @param defaultDdd         the DDD assumed for phone numbers written without one, or {@code null}
     * @param orderNumberPattern the store's order number pattern, or {@code null} for the default
     */
    public Extractors(Clock clock, ZoneId zone, List<Product> catalog, String defaultDdd, Pattern orderNumberPattern,
                      RetryMessages messages) {
        this.phone = new PhoneExtractor(defaultDdd);
        this.date = new DateExtractor(clock, zone);
        this.orderNumber = new OrderNumberExtractor(
                orderNumberPattern == null ? OrderNumberExtractor.DEFAULT : orderNumberPattern);
        this.products = new ProductMatcher(catalog);
        this.messages = messages;
    }

    /** Extractors for a pack: its catalog, time zone and language, the default order number shape. */
    public static Extractors forPack(Pack pack, Clock clock) {
        return new Extractors(clock, pack.identity().timezone(), pack.products(), null, null,
                RetryMessages.forLanguage(pack.identity().language().toLanguageTag()));
    }

    public Extracted<Cpf> cpf(String text) {
        return cpf.extract(text);
    }

    public Extracted<Cnpj> cnpj(String text) {
        return cnpj.extract(text);
    }

    public Extracted<Email> email(String text) {
        return email.extract(text);
    }

    public Extracted<Phone> phone(String text) {
        return phone.extract(text);
    }

    public Extracted<Cep> cep(String text) {
        return cep.extract(text);
    }

    /** A date from now on ("dia 5" is the next day 5): for delivery and scheduling. */
    public Extracted<LocalDate> date(String text) {
        return date.extract(text);
    }

    /** A date up to today ("dia 5" is the last day 5): for "quando você comprou?". */
    public Extracted<LocalDate> pastDate(String text) {
        return date.lookingBack().extract(text);
    }

    public Extracted<Money> money(String text) {
        return money.extract(text);
    }

    public Extracted<Quantity> quantity(String text) {
        return quantity.extract(text);
    }

    /** A decimal number with an optional unit: a weight, a height ("8,5 kg", "1,75 m", "oito e meio"). */
    public Extracted<Measure> number(String text) {
        return measure.extract(text);
    }

    public Extracted<OrderNumber> orderNumber(String text) {
        return orderNumber.extract(text);
    }

    /** The one product clearly meant, invalid when several fit equally, absent when none. */
    public Extracted<ProductCandidate> product(String text) {
        return products.extract(text);
    }

    /** Ranked product candidates with scores, best first. */
    public List<ProductCandidate> productCandidates(String text, int limit) {
        return products.candidates(text, limit);
    }

    public YesNo yesNo(String text) {
        return yesNo.classify(text);
    }

    /** The customer-facing retry message for an invalid result, or {@code null} when it is not invalid. */
    public String retryMessage(Extracted<?> result) {
        return messages.forResult(result);
    }

    public RetryMessages messages() {
        return messages;
    }
}
