package io.atende.knowledge;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of an index that does not change (reading a question, correcting a
 * word), up to a bound. Customers repeat themselves ("oi", "vcs aceitam pix?"), and one turn reads the same
 * question several times (knowledge, products, cues, the excerpt), each read costing spelling automata. When
 * full it starts over: cheaper on the hot path than LRU bookkeeping, and a cold start only costs recomputing.
 */
final class Memo<K, V> {

    private final int capacity;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    Memo(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** The remembered result for {@code key}, computing it (outside any lock) when there is none. */
    V get(K key, Function<? super K, ? extends V> compute) {
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

    int size() {
        return values.size();
    }
}
