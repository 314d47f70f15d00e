package io.atende.tool;

import java.time.Duration;
import java.util.Optional;

/**
 * One finished tool call, as listeners see it: no arguments and no headers, so nothing personal or secret.
 *
 * @param outcome {@code ok} or the failure kind in lower case ({@code timeout}, {@code http_error}...)
 * @param status  the HTTP status, when an answer arrived
 */
public record ToolCallRecord(String tool, String outcome, Optional<Integer> status, Duration latency) {

    static ToolCallRecord of(String tool, ToolResult result, Duration latency) {
        return switch (result) {
            case ToolResult.Ok ok -> new ToolCallRecord(tool, "ok", Optional.of(ok.status()), latency);
            case ToolResult.Failed f -> new ToolCallRecord(tool, f.kind().name().toLowerCase(java.util.Locale.ROOT),
                    Optional.empty(), latency);
        };
    }
}
