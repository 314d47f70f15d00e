package io.atende.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReloadingKeyRingTest {

    @Test
    void shouldSeeARotationMadeByAnotherProcessWithoutRestart() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-reload-");
        ReloadingKeyRing ring = new ReloadingKeyRing(dataDir, null, null);
        FieldCipher cipher = new AesGcmFieldCipher(ring);
        String before = cipher.seal("antes");
        String rotated = KeyStoreFiles.rotate(dataDir); // as `./atende keys rotate` does from another process
        await().atMost(Duration.ofSeconds(5)).until(() -> ring.get().activeId().equals(rotated));
        assertThat(cipher.seal("depois")).startsWith("enc1:" + rotated + ":");
        assertThat(cipher.open(before)).isEqualTo("antes");
        assertThat(Files.getPosixFilePermissions(KeyStoreFiles.ringFile(dataDir)))
                .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }
}
