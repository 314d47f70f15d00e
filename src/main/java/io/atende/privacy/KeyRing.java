package io.atende.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.SecretKey;

/** The data keys that can open sealed fields, and which one seals new values. */
public record KeyRing(String activeId, Map<String, SecretKey> keys) {

    public KeyRing {
        Objects.requireNonNull(activeId, "activeId");
        keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        if (!keys.containsKey(activeId)) {
            throw new IllegalArgumentException("active key " + activeId + " is not in the key ring");
        }
    }

    public SecretKey active() {
        return keys.get(activeId);
    }

    public SecretKey get(String id) {
        SecretKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("no key with id " + id
                    + " is configured: restore it (ATENDE_ENCRYPTION_OLD_KEYS or the key ring file) to read this data");
        }
        return key;
    }
}
