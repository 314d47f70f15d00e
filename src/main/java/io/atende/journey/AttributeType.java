package io.atende.journey;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of value an {@code ask} step can capture, each read and validated by the matching extractor of
 * {@code io.atende.nlu.extract.Extractors}. {@link #yamlName()} is how a pack writes it.
 */
public enum AttributeType {
    CPF, CNPJ, EMAIL, PHONE, CEP,
    /** A date from today on ("dia 5" is the next day 5): delivery, scheduling. */
    DATE,
    /** A date up to today ("dia 5" is the last day 5): "quando você comprou?". */
    PAST_DATE,
    MONEY, QUANTITY,
    /** A decimal number, whatever unit follows it: a pet's weight, a height ("8,5 kg" is 8.5). */
    NUMBER,
    ORDER_NUMBER,
    /** One product of the catalog. */
    PRODUCT,
    /** Sim or não, in the many ways customers write them. */
    YES_NO,
    /** Any non-empty answer, kept as written (a description of a defect, a reason). */
    TEXT;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AttributeType> fromYaml(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
    }

    /** The names a pack may use, for error messages: {@code cpf, cnpj, ...}. */
    public static String yamlNames() {
        return Arrays.stream(values()).map(AttributeType::yamlName).collect(Collectors.joining(", "));
    }
}
