package io.atende.pack;

/**
 * The store pack in force now. Without live reload it never changes; with {@code atende.pack.watch=true} an
 * edited pack that validates replaces it, and each {@link PackListener} is told what changed.
 */
public interface PackSource {

    /** The pack in force; read it per use rather than keeping it, to see reloads. */
    Pack current();

    void addListener(PackListener listener);

    void removeListener(PackListener listener);
}
