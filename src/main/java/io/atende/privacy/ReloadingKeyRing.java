package io.atende.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;

/**
 * The key ring as the running server sees it: re-read when the key ring file changes (checked at
 * most once a second), so that {@code ./atende keys rotate} in another process takes effect here
 * too without a restart. Environment keys cannot change while the process runs.
 */
final class ReloadingKeyRing implements Supplier<KeyRing> {

    private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    private final Path dataDir;
    private final String envKey;
    private final String envOldKeys;
    private volatile KeyRing ring;
    private volatile FileTime loadedVersion;
    private volatile long checkedAt;

    ReloadingKeyRing(Path dataDir, String envKey, String envOldKeys) {
        this.dataDir = dataDir;
        this.envKey = envKey;
        this.envOldKeys = envOldKeys;
        this.ring = KeyStoreFiles.load(dataDir, envKey, envOldKeys);
        this.loadedVersion = version();
        this.checkedAt = System.nanoTime();
    }

    @Override
    public KeyRing get() {
        if (envKey == null || envKey.isBlank()) {
            long now = System.nanoTime();
            if (now - checkedAt > CHECK_EVERY_NANOS) {
                checkedAt = now;
                FileTime current = version();
                if (current != null && !current.equals(loadedVersion)) {
                    synchronized (this) {
                        ring = KeyStoreFiles.load(dataDir, envKey, envOldKeys);
                        loadedVersion = current;
                    }
                }
            }
        }
        return ring;
    }

    private FileTime version() {
        try {
            return Files.getLastModifiedTime(KeyStoreFiles.ringFile(dataDir));
        } catch (IOException e) {
            return null;
        }
    }
}
