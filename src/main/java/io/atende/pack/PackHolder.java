package io.atende.pack;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Holds the pack in force and tells listeners when a new one replaces it. */
final class PackHolder implements PackSource {

    private static final Logger log = LoggerFactory.getLogger(PackHolder.class);

    private final List<PackListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Pack current;

    PackHolder(Pack initial) {
        this.current = initial;
    }

    @Override
    public Pack current() {
        return current;
    }

    @Override
    public void addListener(PackListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(PackListener listener) {
        listeners.remove(listener);
    }

    /** Puts a validated pack in force and tells the listeners, unless nothing they read changed. */
    synchronized PackChange replace(Pack next) {
        PackChange change = PackChange.between(current, next);
        current = next;
        if (!change.isEmpty()) {
            tell(listener -> listener.packChanged(change));
        }
        return change;
    }

    synchronized void reject(List<PackProblem> problems) {
        tell(listener -> listener.packRejected(List.copyOf(problems)));
    }

    private void tell(Consumer<PackListener> call) {
        for (PackListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.error("a pack listener failed: {}", listener, e);
            }
        }
    }
}
