package io.atende.conversation;

import io.atende.shared.Choice;
import java.util.List;

/**
 * What an outbound message shows besides its text, as stored (sealed) in {@code messages.presentation}.
 *
 * @param choices answers to tap, in order
 * @param image   the address of a picture shown with the text, or null
 */
record Presentation(List<Choice> choices, String image) {

    static final Presentation NONE = new Presentation(List.of(), null);

    Presentation {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    boolean isEmpty() {
        return choices.isEmpty() && image == null;
    }
}
