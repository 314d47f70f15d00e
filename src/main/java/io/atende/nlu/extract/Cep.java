package io.atende.nlu.extract;

/** A Brazilian postal code, its 8 digits. */
public record Cep(String digits) {

    public Cep {
        if (digits == null || !digits.matches("\\d{8}") || digits.equals("00000000")) {
            throw new IllegalArgumentException("not a CEP: " + digits);
        }
    }

    /** "01310-100". */
    public String formatted() {
        return digits.substring(0, 5) + "-" + digits.substring(5);
    }
}
