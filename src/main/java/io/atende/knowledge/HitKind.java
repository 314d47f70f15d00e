package io.atende.knowledge;

/** What a hit is: a catalog product or a knowledge section. */
public enum HitKind {
    PRODUCT, KNOWLEDGE;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
