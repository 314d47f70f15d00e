package io.atende.engine.local;

import io.atende.journey.AttributeReader;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import io.atende.journey.AttributeType;
import io.atende.nlu.extract.Extracted;
import io.atende.nlu.extract.Extractors;
import io.atende.nlu.extract.Money;
import io.atende.nlu.extract.ProductCandidate;
import io.atende.pack.Product;

/**
 * {@link AttributeReader} over the NLU extractors. Values are kept in the form rules and messages need: money as a
 * plain decimal ({@code 1299.90}, which rules compare as a number), yes or no as {@code true}/{@code false}, a
 * product by its catalog id (rules and tools read its fields: {@code produto.stock}, {@code produto.id}; messages
 * show its title), the rest as the extractor normalised it ({@code 123.456.789-09}).
 */
final class ExtractorReader implements AttributeReader {

    private final Extractors extractors;
    private final Locale locale;
    private final Catalog catalog;

    /**
     * @param locale  the pack's language, for how amounts read in messages ("1.500,00" in pt-BR)
     * @param catalog the products a kept product id stands for
     */
    ExtractorReader(Extractors extractors, Locale locale, Catalog catalog) {
        this.extractors = extractors;
        this.locale = locale;
        this.catalog = catalog;
    }

    /**
     * Money reads as the store's language writes it (templates carry the currency sign themselves: "R$ {{valor}}");
     * a product reads as its title.
     */
    @Override
    public String display(AttributeType type, String value) {
        if (type == AttributeType.PRODUCT) {
            return catalog.product(value).map(Product::title).orElse(value);
        }
        if (type != AttributeType.MONEY) {
            return value;
        }
        try {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(value));
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /** A product as the catalog has it now: the stock a rule checks is today's, not the one seen when it was chosen. */
    @Override
    public Object fact(AttributeType type, String value) {
        return type == AttributeType.PRODUCT ? catalog.product(value).<Object>map(Catalog::fields).orElse(value) : value;
    }

    @Override
    public Reading read(AttributeType type, String text) {
        return switch (type) {
            case CPF -> reading(extractors.cpf(text));
            case CNPJ -> reading(extractors.cnpj(text));
            case EMAIL -> reading(extractors.email(text));
            case PHONE -> reading(extractors.phone(text));
            case CEP -> reading(extractors.cep(text));
            case DATE -> reading(extractors.date(text));
            case PAST_DATE -> reading(extractors.pastDate(text));
            case MONEY -> money(extractors.money(text));
            case QUANTITY -> reading(extractors.quantity(text));
            case NUMBER -> reading(extractors.number(text));
            case ORDER_NUMBER -> reading(extractors.orderNumber(text));
            case PRODUCT -> product(extractors.product(text));
            case YES_NO -> switch (extractors.yesNo(text)) {
                case YES -> new Reading.Found("true");
                case NO -> new Reading.Found("false");
                case UNKNOWN -> new Reading.Absent();
            };
            case TEXT -> text.isBlank() ? new Reading.Absent() : new Reading.Found(text.strip());
        };
    }

    private Reading money(Extracted<Money> money) {
        return money instanceof Extracted.Valid<Money> valid ? new Reading.Found(valid.value().amount().toPlainString())
                : reading(money);
    }

    private Reading product(Extracted<ProductCandidate> product) {
        return product instanceof Extracted.Valid<ProductCandidate> valid
                ? new Reading.Found(valid.value().product().id()) : reading(product);
    }

    private Reading reading(Extracted<?> extracted) {
        return switch (extracted) {
            case Extracted.Valid<?> valid -> new Reading.Found(valid.normalized());
            case Extracted.Invalid<?> invalid -> new Reading.Invalid(extractors.retryMessage(invalid));
            case Extracted.Absent<?> absent -> new Reading.Absent();
        };
    }
}
