package io.atende.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The API token and the console password. Only hashes are stored; a generated secret is shown
 * once on the terminal (not in the log) and can never be read back.
 */
final class Credentials {

    static final String API_TOKEN = "api_token";
    static final String ADMIN_PASSWORD = "admin_password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] apiTokenHash;
    private final String adminPasswordHash;

    Credentials(JdbcClient jdbc, PasswordEncoder encoder, SecurityProperties properties, Clock clock) {
        StringBuilder shown = new StringBuilder();
        if (present(properties.apiToken())) {
            apiTokenHash = sha256(properties.apiToken());
        } else {
            Optional<String> stored = read(jdbc, API_TOKEN);
            if (stored.isPresent()) {
                apiTokenHash = HexFormat.of().parseHex(stored.get());
            } else {
                String token = "atd_" + random(32);
                apiTokenHash = sha256(token);
                write(jdbc, API_TOKEN, HexFormat.of().formatHex(apiTokenHash), clock);
                shown.append("  API token (Authorization: Bearer ...): ").append(token).append('\n');
            }
        }
        if (present(properties.adminPassword())) {
            adminPasswordHash = encoder.encode(properties.adminPassword());
        } else {
            Optional<String> stored = read(jdbc, ADMIN_PASSWORD);
            if (stored.isPresent()) {
                adminPasswordHash = stored.get();
            } else {
                String password = random(12);
                adminPasswordHash = encoder.encode(password);
                write(jdbc, ADMIN_PASSWORD, adminPasswordHash, clock);
                shown.append("  Console login: admin / ").append(password).append('\n');
            }
        }
        if (!shown.isEmpty()) {
            // stdout, never the logger: a secret must not end up in log files
            System.out.print("\nGenerated credentials (shown only this once; only hashes are stored):\n" + shown
                    + "  Set ATENDE_API_TOKEN / ATENDE_ADMIN_PASSWORD to choose your own.\n\n");
            System.out.flush();
        }
    }

    boolean isApiToken(String candidate) {
        return candidate != null && MessageDigest.isEqual(apiTokenHash, sha256(candidate));
    }

    String adminPasswordHash() {
        return adminPasswordHash;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Optional<String> read(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT hash FROM credentials WHERE name = ?").param(name).query(String.class).optional();
    }

    private static void write(JdbcClient jdbc, String name, String hash, Clock clock) {
        jdbc.sql("INSERT INTO credentials (name, hash, created_at) VALUES (?, ?, ?)")
                .params(name, hash, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static String random(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
