package io.atende.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the key ring from the environment or from {@code keys/keyring.properties} in the data
 * directory, generating a first key there when neither exists, and rotates the file key ring.
 */
public final class KeyStoreFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyStoreFiles() {
    }

    /**
     * @param envKey     base64 of a 32-byte key ({@code ATENDE_ENCRYPTION_KEY}); blank means use the file
     * @param envOldKeys comma-separated base64 keys still needed to read older data
     */
    public static KeyRing load(Path dataDir, String envKey, String envOldKeys) {
        if (envKey != null && !envKey.isBlank()) {
            Map<String, SecretKey> keys = new LinkedHashMap<>();
            SecretKey active = decode(envKey.strip(), "ATENDE_ENCRYPTION_KEY");
            String activeId = idOf(active);
            keys.put(activeId, active);
            if (envOldKeys != null) {
                for (String old : envOldKeys.split(",")) {
                    if (!old.isBlank()) {
                        SecretKey key = decode(old.strip(), "ATENDE_ENCRYPTION_OLD_KEYS");
                        keys.putIfAbsent(idOf(key), key);
                    }
                }
            }
            return new KeyRing(activeId, keys);
        }
        Path file = ringFile(dataDir);
        if (!Files.exists(file)) {
            Properties props = new Properties();
            String id = "k" + stamp();
            props.setProperty("active", id);
            props.setProperty("key." + id, newKeyBase64());
            write(file, props);
        }
        return read(file);
    }

    /** Adds a fresh key to the file key ring and makes it the active one; returns its id. */
    public static String rotate(Path dataDir) {
        Path file = ringFile(dataDir);
        if (!Files.exists(file)) {
            throw new IllegalStateException("no key ring at " + file + ": start Atende once, or rotate ATENDE_ENCRYPTION_KEY instead");
        }
        Properties props = readProps(file);
        String id;
        do {
            // two rotations in one second could draw the same id: reusing it would overwrite the old key and
            // leave everything sealed with it unreadable
            id = "k" + stamp();
        } while (props.containsKey("key." + id));
        props.setProperty("key." + id, newKeyBase64());
        props.setProperty("active", id);
        write(file, props);
        return id;
    }

    /** Removes keys other than the active one from the file key ring (after a full re-encryption). */
    public static int prune(Path dataDir) {
        Path file = ringFile(dataDir);
        Properties props = readProps(file);
        String active = props.getProperty("active");
        int removed = 0;
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith("key.") && !name.equals("key." + active)) {
                props.remove(name);
                removed++;
            }
        }
        write(file, props);
        return removed;
    }

    public static String newKeyBase64() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static Path ringFile(Path dataDir) {
        return dataDir.resolve("keys").resolve("keyring.properties");
    }

    private static KeyRing read(Path file) {
        Properties props = readProps(file);
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith("key.")) {
                keys.put(name.substring(4), decode(props.getProperty(name), file.toString()));
            }
        }
        String active = props.getProperty("active");
        if (active == null) {
            throw new IllegalStateException(file + " names no active key");
        }
        return new KeyRing(active, keys);
    }

    private static Properties readProps(Path file) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key ring " + file, e);
        }
        return props;
    }

    private static void write(Path file, Properties props) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                // owner-only from the first byte, not chmod-ed after the key is already written
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            }
            try (Writer out = Files.newBufferedWriter(tmp)) {
                props.store(out, "Atende data keys. Back this file up; data sealed with a lost key cannot be read.");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key ring " + file, e);
        }
    }

    private static SecretKey decode(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException(source + " must be a 256-bit key (32 bytes, base64), got " + raw.length + " bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    private static String idOf(SecretKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "e" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stamp() {
        return DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Clock.systemUTC().instant())
                + HexFormat.of().toHexDigits(RANDOM.nextInt());
    }
}
