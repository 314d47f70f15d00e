package io.atende.pack;

import java.util.Arrays;
import java.util.Optional;

/**
 * The type of a tool parameter, as written in {@code tools.yaml}. The tool runtime checks and normalizes each
 * argument by its type before calling (a CPF with wrong check digits is never sent).
 */
public enum ToolParameterType {
    /** Any non-empty text ({@code string} is accepted as another name). */
    TEXT("text"),
    /** A decimal number, sent as a JSON number. */
    NUMBER("number"),
    /** A whole number, sent as a JSON number. */
    INTEGER("integer"),
    /** true or false, sent as a JSON boolean. */
    BOOLEAN("boolean"),
    /** A CPF with valid check digits, sent as its 11 digits. */
    CPF("cpf"),
    /** A CNPJ (numeric or alphanumeric) with valid check digits, sent as its 14 characters. */
    CNPJ("cnpj"),
    /** A CEP, sent as its 8 digits. */
    CEP("cep"),
    /** An e-mail address, sent in lower case. */
    EMAIL("email"),
    /** An order number: letters, digits and dashes, sent without a leading {@code #}. */
    ORDER_NUMBER("order_number"),
    /** An ISO date, {@code 2026-11-28}. */
    DATE("date");

    private final String yamlName;

    ToolParameterType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** The name written in {@code tools.yaml}. */
    public String yamlName() {
        return yamlName;
    }

    /** The type written as {@code name}, if any. */
    public static Optional<ToolParameterType> named(String name) {
        if ("string".equals(name)) {
            return Optional.of(TEXT);
        }
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }
}
