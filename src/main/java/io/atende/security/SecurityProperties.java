package io.atende.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.security}. The secrets come from the environment ({@code ATENDE_API_TOKEN},
 * {@code ATENDE_ADMIN_PASSWORD}); unset means generated once, printed once, stored as hashes.
 *
 * @param chatMessagesPerMinute messages one web-chat client may send per minute
 * @param maxBodyBytes          largest request body accepted on any endpoint
 */
@Validated
@ConfigurationProperties("atende.security")
public record SecurityProperties(String apiToken, String adminPassword,
                                 @Min(1) @Max(10_000) int chatMessagesPerMinute,
                                 @Min(1024) @Max(50_000_000) int maxBodyBytes) {
}
