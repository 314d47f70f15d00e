package io.atende.shared;

import java.util.Objects;

/**
 * An answer a reply offers the customer to tap instead of typing: a reply button or a list row on WhatsApp, a chip in
 * the web chat. Tapping it is the same as writing {@code title}, so the engine reads it like any answer.
 *
 * @param title  the answer, as the customer would write it (channels may shorten what they show, never what comes back)
 * @param detail a second line some channels show under the title (a price), or null
 */
public record Choice(String title, String detail) {

    /** The longest title kept: a product's title at most. */
    public static final int MAX_TITLE = 200;

    public Choice {
        Objects.requireNonNull(title, "title");
        title = title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("a choice's title has 1 to " + MAX_TITLE + " characters");
        }
        detail = detail == null || detail.isBlank() ? null : detail.strip();
    }

    public Choice(String title) {
        this(title, null);
    }
}
