package io.atende.nlu.extract;

/** A valid CNPJ, classic numeric or alphanumeric (from July 2026), kept as its 14 upper-case characters. */
public record Cnpj(String value) {

    public Cnpj {
        if (!CnpjExtractor.isValid(value)) {
            throw new IllegalArgumentException("not a valid CNPJ");
        }
    }

    /** "12.345.678/0001-95" or "12.ABC.345/01DE-35". */
    public String formatted() {
        return value.substring(0, 2) + "." + value.substring(2, 5) + "." + value.substring(5, 8) + "/"
                + value.substring(8, 12) + "-" + value.substring(12);
    }

    /** True when the first twelve characters are all digits: a CNPJ issued before the alphanumeric format. */
    public boolean numeric() {
        return value.chars().allMatch(Character::isDigit);
    }
}
