package io.atende.privacy;

/**
 * Encrypts and decrypts single database fields (message text, captured attributes).
 *
 * <p>Sealed values name the key that sealed them, so several keys can be readable at once
 * while one is active: this is what makes key rotation possible without downtime.
 */
public interface FieldCipher {

    /** Seals plaintext with the active key; {@code null} stays {@code null}. */
    String seal(String plaintext);

    /** Opens a sealed value with whichever known key sealed it; {@code null} stays {@code null}. */
    String open(String sealed);

    /** Whether the value was sealed with the currently active key. */
    boolean isSealedWithActiveKey(String sealed);
}
