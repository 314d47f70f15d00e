package io.atende.nlu.sentiment;

import java.util.Set;

/**
 * The insight of one customer message.
 *
 * @param score between -1 (very negative) and 1 (very positive); the sentiment is its band
 */
public record SentimentResult(Sentiment sentiment, double score, Set<Objection> objections) {

    public SentimentResult {
        objections = Set.copyOf(objections);
    }
}
