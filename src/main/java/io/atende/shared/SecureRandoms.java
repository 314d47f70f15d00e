package io.atende.shared;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Cryptographically strong random bytes for hot paths: a GCM nonce for every sealed field and journal record, a
 * random UUID for every new conversation and claimed turn. The JDK's default {@code SecureRandom} on Linux
 * ({@code NativePRNG}), which {@link UUID#randomUUID()} uses too, serialises every caller in the process on one lock;
 * at a few hundred webhooks a second on two busy cores the lock's holder gets preempted and the others queue behind
 * it for tens of milliseconds. Here each of {@value #STRIPES} independent DRBG instances, seeded from the system's
 * entropy, serves the threads whose id falls on it, so callers rarely meet.
 */
public final class SecureRandoms {

    private static final int STRIPES = 16;
    private static final SecureRandom[] RANDOMS = new SecureRandom[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            RANDOMS[i] = create();
        }
    }

    private SecureRandoms() {
    }

    private static SecureRandom create() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** Fills {@code bytes} with random bytes. */
    public static void nextBytes(byte[] bytes) {
        RANDOMS[(int) (Thread.currentThread().threadId() & (STRIPES - 1))].nextBytes(bytes);
    }

    /** A random (version 4) UUID, as {@link UUID#randomUUID()} makes it. */
    public static UUID randomUuid() {
        byte[] bytes = new byte[16];
        nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (bytes[i] & 0xff);
            least = (least << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }
}
