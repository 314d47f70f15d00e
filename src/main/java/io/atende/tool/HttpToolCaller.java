package io.atende.tool;

import io.atende.pack.PackSource;
import io.atende.pack.PackTools;
import io.atende.pack.ToolDefinition;
import io.atende.tool.ToolResult.FailureKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls the pack's tools over HTTP with {@link java.net.http.HttpClient}. Arguments are checked before anything is
 * sent; the whole call (connect, headers and body) is bounded by the tool's timeout; only a GET whose connection
 * could not be opened is tried again. Nothing here logs: outcomes go to the listeners of
 * {@link ObservedToolCaller}, which never see arguments, addresses or headers.
 */
public final class HttpToolCaller implements ToolCaller {

    private final PackSource packs;
    private final ToolProperties properties;
    private final ToolEnvironment environment;
    private final HttpClient http;

    public HttpToolCaller(PackSource packs, ToolProperties properties, ToolEnvironment environment) {
        this.packs = packs;
        this.properties = properties;
        this.environment = environment;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofMillis(properties.connectTimeoutMs()))
                .followRedirects(HttpClient.Redirect.NEVER) // a redirect could carry the API key to another host
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public ToolResult call(String toolName, Map<String, String> arguments) {
        PackTools pack = packs.current().tools();
        Optional<ToolDefinition> found = pack.tool(toolName);
        if (found.isEmpty()) {
            return new ToolResult.Failed(FailureKind.UNKNOWN_TOOL, "tools.yaml declares no tool '" + toolName + "'");
        }
        ToolDefinition tool = found.get();
        return switch (Arguments.check(tool, arguments == null ? Map.of() : arguments)) {
            case Arguments.Checked.Invalid(String message) -> new ToolResult.Failed(FailureKind.INVALID_ARGUMENT, message);
            case Arguments.Checked.Valid(Map<String, Object> values) -> request(pack, tool, values);
        };
    }

    private ToolResult request(PackTools pack, ToolDefinition tool, Map<String, Object> values) {
        Duration timeout = tool.timeout().orElse(Duration.ofMillis(properties.defaultTimeoutMs()));
        return switch (Requests.build(pack, tool, values, timeout, environment)) {
            case Requests.Built.NotConfigured n -> new ToolResult.Failed(FailureKind.NOT_CONFIGURED, n.message());
            case Requests.Built.Ready ready -> send(tool, ready.request(), timeout);
        };
    }

    private ToolResult send(ToolDefinition tool, HttpRequest request, Duration timeout) {
        int attempts = 1 + ("GET".equals(tool.method()) ? properties.getRetries() : 0);
        long deadline = System.nanoTime() + timeout.toNanos();
        ToolResult result = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return result != null ? result : timeout(tool, timeout);
            }
            Attempt outcome = io.atende.shared.CpuGate.whileWaiting(() -> once(tool, request, left, timeout));
            result = outcome.result();
            if (!outcome.neverConnected()) {
                break;
            }
        }
        return result;
    }

    /** One attempt; {@code neverConnected} when the request cannot have reached the server. */
    private record Attempt(ToolResult result, boolean neverConnected) {
    }

    private Attempt once(ToolDefinition tool, HttpRequest request, long nanosLeft, Duration timeout) {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            // the request's own timeout stops at the headers; this bounds a slowly sent body too
            return new Attempt(answer(tool, future.get(nanosLeft, TimeUnit.NANOSECONDS)), false);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Attempt(timeout(tool, timeout), false);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(new ToolResult.Failed(FailureKind.UNREACHABLE, "interrupted calling '" + tool.name() + "'"), false);
        } catch (ExecutionException e) {
            return failure(tool, e.getCause(), timeout);
        }
    }

    private static Attempt failure(ToolDefinition tool, Throwable cause, Duration timeout) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new Attempt(new ToolResult.Failed(FailureKind.TIMEOUT, "tool '" + tool.name()
                    + "': no connection within the connect timeout"), true);
        }
        if (cause instanceof HttpTimeoutException) {
            return new Attempt(timeout(tool, timeout), false);
        }
        boolean refused = cause instanceof ConnectException;
        String why = refused ? "connection refused" : cause instanceof IOException ? "connection failed" : "call failed";
        return new Attempt(new ToolResult.Failed(FailureKind.UNREACHABLE, "tool '" + tool.name() + "': " + why), refused);
    }

    private static ToolResult timeout(ToolDefinition tool, Duration timeout) {
        return new ToolResult.Failed(FailureKind.TIMEOUT, "tool '" + tool.name() + "' did not answer within "
                + timeout.toMillis() + " ms");
    }

    private ToolResult answer(ToolDefinition tool, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if ((status < 200 || status > 299) && !tool.acceptStatus().contains(status)) {
            return new ToolResult.Failed(FailureKind.HTTP_ERROR, "tool '" + tool.name() + "' answered HTTP " + status);
        }
        if (response.body().length > properties.maxResponseBytes()) {
            return new ToolResult.Failed(FailureKind.INVALID_RESPONSE, "tool '" + tool.name() + "' answered more than "
                    + properties.maxResponseBytes() + " bytes");
        }
        Optional<Map<String, Object>> fields = Answers.fields(tool, new String(response.body(), StandardCharsets.UTF_8));
        if (fields.isEmpty()) {
            return new ToolResult.Failed(FailureKind.INVALID_RESPONSE, "tool '" + tool.name()
                    + "' answered HTTP " + status + " with a body that is not a JSON object");
        }
        return new ToolResult.Ok(fields.get(), status, Answers.reply(tool, fields.get()));
    }
}
