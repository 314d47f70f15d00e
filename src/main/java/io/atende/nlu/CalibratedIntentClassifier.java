package io.atende.nlu;

/** A trained intent classifier that can say which confidence threshold decides out of scope. */
public sealed interface CalibratedIntentClassifier extends IntentClassifier
        permits TrainedIntentModel, CascadeIntentModel {

    /** Calibrated confidences below this are out of scope (0: only the {@code oos} class is). */
    double threshold();
}
