package io.atende.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function over data that does not change while it lives (an open index, a
 * pack's examples), up to a bound. Customers repeat themselves ("oi", "vcs aceitam pix?"), and one turn reads the
 * same question several times (knowledge, products, cues, the excerpt), each read costing spelling automata. When
 * full it starts over: cheaper on the hot path than LRU bookkeeping, and a cold start only costs recomputing.
 * Thread-safe; two threads may compute the same missing result once each.
 */
public final class Memo<K, V> {

    private final int capacity;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    /** A memo holding at most {@code capacity} results. */
    public Memo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** The remembered result for {@code key}, computing it (outside any lock) when there is none. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        value = compute.apply(key);
        if (values.size() >= capacity) {
            values.clear();
        }
        values.put(key, value);
        return value;
    }

    /** How many results it holds now. */
    public int size() {
        return values.size();
    }
}
