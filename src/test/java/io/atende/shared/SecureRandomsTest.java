package io.atende.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecureRandomsTest {

    @Test
    void shouldMakeVersionFourUuidsLikeTheJdk() {
        UUID id = SecureRandoms.randomUuid();
        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void shouldNeverRepeatAValueAcrossThreadsThatShareAStripe() throws Exception {
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        Set<String> nonces = ConcurrentHashMap.newKeySet();
        // 40 threads over 16 stripes: several threads draw from the same generator at once
        ExecutorService pool = Executors.newFixedThreadPool(40);
        for (int t = 0; t < 40; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 2_000; i++) {
                    ids.add(SecureRandoms.randomUuid());
                    byte[] nonce = new byte[12];
                    SecureRandoms.nextBytes(nonce);
                    nonces.add(java.util.HexFormat.of().formatHex(nonce));
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ids).hasSize(80_000);
        assertThat(nonces).hasSize(80_000);
    }
}
