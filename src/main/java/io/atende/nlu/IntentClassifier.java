package io.atende.nlu;

import java.util.List;

/**
 * Tells which known intent a customer message expresses, or that none does (out of scope). Implementations
 * are immutable and safe to share between threads.
 */
public interface IntentClassifier {

    /** Classifies one message; never null, and out of scope for a message without words. */
    IntentPrediction classify(String text);

    /** The intents this classifier knows, in a stable order (without {@code oos}). */
    List<String> intents();
}
