package io.atende.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What the classifier concluded about one message.
 *
 * @param ranked     the known intents, most probable first, with calibrated confidences (never {@code oos})
 * @param outOfScope true when no known intent applies: the best confidence is under the threshold, or the
 *                   model's own out-of-scope class won
 */
public record IntentPrediction(List<RankedIntent> ranked, boolean outOfScope) {

    public IntentPrediction {
        ranked = List.copyOf(ranked);
    }

    /** The winning intent, or empty when the message is out of scope. */
    public Optional<RankedIntent> intent() {
        return outOfScope || ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.getFirst());
    }

    /** The best in-scope confidence, whether or not it passed the threshold. */
    public double confidence() {
        return ranked.isEmpty() ? 0 : ranked.getFirst().confidence();
    }

    /** The predicted label as evaluation files write it: the intent name or {@code oos}. */
    public String label() {
        return intent().map(RankedIntent::name).orElse(LabelledUtterance.OUT_OF_SCOPE);
    }
}
