package io.atende.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what went wrong in a provider call into an {@link LlmException} of the right kind. Messages name the
 * provider, the HTTP status and at most the provider's error code — never the body, whose text may quote the key
 * or the prompt — and causes are kept only when their own messages carry neither.
 */
final class ProviderFailures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private ProviderFailures() {
    }

    /** A non-2xx answer. */
    static LlmException status(String provider, int status, Map<String, List<String>> headers, String body) {
        LlmException.Kind kind;
        if (status == 429) {
            kind = LlmException.Kind.RATE_LIMITED;
        } else if (status == 401 || status == 403) {
            kind = LlmException.Kind.AUTHENTICATION;
        } else if (status == 408) {
            kind = LlmException.Kind.TIMEOUT;
        } else if (status >= 500) {
            kind = LlmException.Kind.SERVER_ERROR;
        } else {
            kind = LlmException.Kind.INVALID_REQUEST;
        }
        String code = errorCode(body);
        String message = provider + " answered HTTP " + status + (code == null ? "" : " (" + code + ")");
        return new LlmException(kind, message, null, retryAfterMs(headers));
    }

    /** The exchange itself failed: no connection, no answer in time, or the connection broke. */
    static LlmException io(String provider, IOException e, Duration timeout) {
        if (e instanceof HttpConnectTimeoutException) {
            return new LlmException(LlmException.Kind.UNREACHABLE,
                    provider + " could not be connected to within " + timeout.toMillis() + " ms", e);
        }
        if (e instanceof HttpTimeoutException) {
            return new LlmException(LlmException.Kind.TIMEOUT,
                    provider + " gave no answer within " + timeout.toMillis() + " ms", e);
        }
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e.getCause() instanceof UnresolvedAddressException) {
            return new LlmException(LlmException.Kind.UNREACHABLE,
                    provider + " could not be connected to (" + e.getClass().getSimpleName() + ")", e);
        }
        return new LlmException(LlmException.Kind.UNREACHABLE,
                provider + ": the connection failed (" + e.getClass().getSimpleName() + ")", e);
    }

    /** Anything else thrown while calling or reading: found in the cause chain, else a malformed answer. */
    static LlmException unexpected(String provider, Throwable thrown, Duration timeout) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof LlmException known) {
                return known;
            }
            if (t instanceof IOException io && !isJackson(t)) {
                return io(provider, io, timeout);
            }
            if (t instanceof UnresolvedAddressException) {
                return new LlmException(LlmException.Kind.UNREACHABLE,
                        provider + " could not be connected to (the host name does not resolve)");
            }
            if (t instanceof dev.langchain4j.exception.HttpException http) {
                return status(provider, http.statusCode(), Map.of(), http.getMessage());
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return new LlmException(LlmException.Kind.TIMEOUT,
                        provider + " gave no answer within " + timeout.toMillis() + " ms");
            }
            if (t instanceof dev.langchain4j.exception.UnsupportedFeatureException) {
                return new LlmException(LlmException.Kind.INVALID_REQUEST,
                        provider + " does not support what the request asks (" + t.getMessage() + ")");
            }
        }
        // the answer came but could not be read: a body that is not the protocol's JSON, or JSON of another shape;
        // the parser's own message quotes the body, so only its type is named and the cause is not kept
        String what = rootOf(thrown).getClass().getSimpleName();
        return new LlmException(LlmException.Kind.MALFORMED_RESPONSE,
                provider + "'s answer could not be read (" + what + ")");
    }

    /**
     * The wait a {@code retry-after-ms} (OpenAI) or {@code Retry-After} (seconds or an HTTP date) header asks for,
     * or {@code -1}.
     */
    static long retryAfterMs(Map<String, List<String>> headers) {
        String millis = header(headers, "retry-after-ms");
        if (millis != null) {
            try {
                return Math.max(0, Math.round(Double.parseDouble(millis)));
            } catch (NumberFormatException ignored) {
                // fall back to Retry-After
            }
        }
        String value = header(headers, "retry-after");
        if (value == null) {
            return -1;
        }
        try {
            return Math.max(0, Math.round(Double.parseDouble(value) * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
            } catch (DateTimeParseException notADate) {
                return -1;
            }
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            if (entry.getKey() != null && entry.getKey().toLowerCase(Locale.ROOT).equals(name)
                    && entry.getValue() != null && !entry.getValue().isEmpty()) {
                return entry.getValue().getFirst().strip();
            }
        }
        return null;
    }

    /** The provider's error code or type ({@code rate_limit_exceeded}, {@code invalid_api_key}), when it sent one. */
    static String errorCode(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode error = root.path("error");
            for (JsonNode candidate : new JsonNode[] {error.path("code"), error.path("type"), root.path("code")}) {
                if (candidate.isString() && SAFE_CODE.matcher(candidate.stringValue()).matches()) {
                    return candidate.stringValue();
                }
            }
        } catch (JacksonException notJson) {
            // an HTML error page or plain text: the status says enough
        }
        return null;
    }

    private static boolean isJackson(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("com.fasterxml.jackson.") || name.startsWith("tools.jackson.");
    }

    private static Throwable rootOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
