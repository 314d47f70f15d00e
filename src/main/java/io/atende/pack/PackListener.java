package io.atende.pack;

import java.util.List;

/**
 * Told when the pack in force changes while the application runs (live reload). Register with
 * {@link PackSource#addListener}, or declare a Spring bean of this type: every such bean is registered once all
 * beans exist. Calls come one at a time, in order, on the watcher's thread; a slow listener delays the next
 * reload, and an exception is logged without stopping the other listeners.
 */
@FunctionalInterface
public interface PackListener {

    /**
     * A new valid pack is in force. Build what depends on it aside and swap it in when ready, so that readers
     * never see a half-applied change.
     */
    void packChanged(PackChange change);

    /** The edited pack failed validation; the previous pack stays in force. */
    default void packRejected(List<PackProblem> problems) {
    }
}
