package io.atende.nlu.extract;

/**
 * A Brazilian phone number.
 *
 * @param ddd    the two-digit area code, always one that exists
 * @param number 9 digits for a mobile (with the leading 9), 8 for a landline
 */
public record Phone(String ddd, String number) {

    public Phone {
        if (!Ddd.exists(ddd) || number == null || !number.matches("9\\d{8}|[2-5]\\d{7}")) {
            throw new IllegalArgumentException("not a Brazilian phone number");
        }
    }

    public boolean mobile() {
        return number.length() == 9;
    }

    /** "+5511987654321", the form WhatsApp and SMS gateways take. */
    public String e164() {
        return "+55" + ddd + number;
    }

    /** "(11) 98765-4321" or "(11) 3456-7890". */
    public String formatted() {
        int split = number.length() - 4;
        return "(" + ddd + ") " + number.substring(0, split) + "-" + number.substring(split);
    }
}
