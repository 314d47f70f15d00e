package io.atende.nlu.extract;

/** A store order number as the store writes it, e.g. "AUR-123456" or "4821937". */
public record OrderNumber(String value) {
}
