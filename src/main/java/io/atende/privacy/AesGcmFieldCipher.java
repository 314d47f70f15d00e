package io.atende.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.function.Supplier;
import io.atende.shared.SecureRandoms;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value. Format: {@code enc1:<keyId>:<base64(nonce|ciphertext|tag)>}.
 * The key ring is read through a supplier so a rotation is seen without a restart.
 */
public final class AesGcmFieldCipher implements FieldCipher {

    private static final String PREFIX = "enc1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Supplier<KeyRing> keyRing;
    /** Looking a cipher up costs four times its use; reused ones are re-initialised with a fresh nonce every time. */
    private final java.util.Queue<Cipher> ciphers = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public AesGcmFieldCipher(Supplier<KeyRing> keyRing) {
        this.keyRing = keyRing;
    }

    @Override
    public String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        KeyRing ring = keyRing.get();
        byte[] nonce = new byte[NONCE_BYTES];
        SecureRandoms.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, ring.active(), nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return PREFIX + ring.activeId() + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
    }

    @Override
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("field is not sealed with a known format");
        }
        int sep = sealed.indexOf(':', PREFIX.length());
        if (sep < 0) {
            throw new IllegalStateException("sealed field has no key id");
        }
        SecretKey key = keyRing.get().get(sealed.substring(PREFIX.length(), sep));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(sep + 1));
        byte[] nonce = java.util.Arrays.copyOfRange(raw, 0, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(raw, NONCE_BYTES, raw.length);
        return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, body), StandardCharsets.UTF_8);
    }

    @Override
    public boolean isSealedWithActiveKey(String sealed) {
        return sealed == null || sealed.startsWith(PREFIX + keyRing.get().activeId() + ":");
    }

    private byte[] crypt(int mode, SecretKey key, byte[] nonce, byte[] input) {
        Cipher cipher = ciphers.poll();
        try {
            if (cipher == null) {
                cipher = Cipher.getInstance("AES/GCM/NoPadding");
            }
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] out = cipher.doFinal(input);
            ciphers.offer(cipher);
            return out;
        } catch (GeneralSecurityException e) {
            // a failed cipher is dropped, not pooled: its state is unknown
            throw new IllegalStateException("field could not be " + (mode == Cipher.ENCRYPT_MODE ? "sealed" : "opened")
                    + ": wrong key or tampered data", e);
        }
    }
}
