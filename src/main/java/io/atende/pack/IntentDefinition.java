package io.atende.pack;

import java.util.List;

/** A named intent with its training examples and the answers the local engine may send. */
public record IntentDefinition(String name, List<String> examples, List<String> answers) {
}
