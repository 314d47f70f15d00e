package io.atende.pack;

import java.util.List;

/** A named intent with its training examples and the answers the local engine may send. */
public record IntentDefinition(String name, List<String> examples, List<String> answers) {

    /**
     * The intent whose examples are messages the store does not deal with ("me conta uma história", "qual a
     * previsão do tempo?"): it has no answers of its own, the {@code out_of_scope} message answers it.
     */
    public static final String OUT_OF_SCOPE = "out_of_scope";
}
