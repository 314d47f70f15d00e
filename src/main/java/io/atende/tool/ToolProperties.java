package io.atende.tool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code atende.tool}: how tools call the store's systems, and the demo store API.
 *
 * @param defaultTimeoutMs  the whole call's limit for a tool without its own {@code timeout_ms}
 * @param connectTimeoutMs  the limit to open a connection
 * @param getRetries        extra attempts of a GET whose connection could not be opened; other methods are never
 *                          repeated, since a request that may have arrived must not run twice
 * @param maxResponseBytes  a larger answer is refused as an invalid response
 * @param serverAddress     the address of this server for base URLs written as a path ({@code /demo-api});
 *                          empty: {@code http://127.0.0.1:<port>} ({@code ATENDE_TOOL_SERVER_ADDRESS})
 * @param demoApi           {@code auto}: the demo store API answers when the pack's base URL is under
 *                          {@code /demo-api}; {@code on} or {@code off} to force it ({@code ATENDE_DEMO_API})
 */
@Validated
@ConfigurationProperties("atende.tool")
public record ToolProperties(@DefaultValue("5000") @Min(100) @Max(120_000) long defaultTimeoutMs,
                             @DefaultValue("2000") @Min(100) @Max(60_000) long connectTimeoutMs,
                             @DefaultValue("1") @Min(0) @Max(3) int getRetries,
                             @DefaultValue("1000000") @Min(1_000) @Max(50_000_000) int maxResponseBytes,
                             @DefaultValue("") String serverAddress,
                             @DefaultValue("auto") @NotNull DemoApiMode demoApi) {

    /** Whether the demo store API answers. */
    public enum DemoApiMode { AUTO, ON, OFF }

    /** The defaults, for tests and commands that build a caller by hand. */
    public static ToolProperties defaults() {
        return new ToolProperties(5000, 2000, 1, 1_000_000, "", DemoApiMode.AUTO);
    }
}
