package io.atende.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code atende.privacy}: the data key. Both values come from the environment
 * ({@code ATENDE_ENCRYPTION_KEY}, {@code ATENDE_ENCRYPTION_OLD_KEYS}); unset means a key ring file
 * generated in the data directory.
 */
@ConfigurationProperties("atende.privacy")
public record PrivacyProperties(String encryptionKey, String encryptionOldKeys) {
}
