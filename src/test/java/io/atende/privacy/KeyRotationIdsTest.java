package io.atende.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRotationIdsTest {

    @Test
    void shouldNeverReuseAKeyIdWhenRotatingManyTimesInOneSecond() throws Exception {
        Path dataDir = Files.createTempDirectory("atende-keys-");
        KeyStoreFiles.load(dataDir, null, null);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            assertThat(ids.add(KeyStoreFiles.rotate(dataDir))).as("rotation %d drew a used id", i).isTrue();
        }
        // every key that sealed something is still there to open it
        assertThat(Files.readString(KeyStoreFiles.ringFile(dataDir)).lines()
                .filter(l -> l.startsWith("key.")).count()).isGreaterThanOrEqualTo(301);
    }
}
