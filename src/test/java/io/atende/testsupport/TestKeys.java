package io.atende.testsupport;

import io.atende.privacy.AesGcmFieldCipher;
import io.atende.privacy.FieldCipher;
import io.atende.privacy.KeyRing;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/** Field ciphers with fresh random keys. */
public final class TestKeys {

    private TestKeys() {
    }

    public static KeyRing ring(String id) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new KeyRing(id, Map.of(id, new SecretKeySpec(key, "AES")));
    }

    public static FieldCipher cipher() {
        KeyRing ring = ring("test");
        return new AesGcmFieldCipher(() -> ring);
    }
}
