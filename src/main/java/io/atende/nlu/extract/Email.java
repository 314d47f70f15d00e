package io.atende.nlu.extract;

/** An e-mail address, lower case. */
public record Email(String address) {

    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }
}
