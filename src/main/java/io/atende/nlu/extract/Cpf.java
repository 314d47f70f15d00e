package io.atende.nlu.extract;

/** A valid CPF, kept as its 11 digits. */
public record Cpf(String digits) {

    public Cpf {
        if (!CpfExtractor.isValid(digits)) {
            throw new IllegalArgumentException("not a valid CPF");
        }
    }

    /** "123.456.789-09". */
    public String formatted() {
        return digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-"
                + digits.substring(9);
    }

    @Override
    public String toString() {
        return "Cpf[***]";
    }
}
