package io.atende.conversation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.delivery}: the outbox of push channels (WhatsApp).
 *
 * @param pollMs           how often the outbox is read for retries and other instances' leftovers
 * @param leaseMs          how long a claimed message stays with one sender; after a crash it is sent again then
 * @param maxAttempts      attempts before a message is marked failed
 * @param firstBackoffMs   wait after the first refused attempt, doubled after each further one
 * @param maxBackoffMs     longest wait between attempts
 */
@Validated
@ConfigurationProperties("atende.delivery")
public record DeliveryProperties(@DefaultValue("1000") @Min(10) @Max(60_000) long pollMs,
                                 @DefaultValue("60000") @Min(1000) @Max(3_600_000) long leaseMs,
                                 @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
                                 @DefaultValue("2000") @Min(1) @Max(600_000) long firstBackoffMs,
                                 @DefaultValue("300000") @Min(1) @Max(86_400_000) long maxBackoffMs) {

    DeliveryWorker.Policy policy() {
        return new DeliveryWorker.Policy(Duration.ofMillis(pollMs), Duration.ofMillis(leaseMs), maxAttempts,
                Duration.ofMillis(firstBackoffMs), Duration.ofMillis(Math.max(firstBackoffMs, maxBackoffMs)), 50);
    }
}
