package io.atende.tool;

import io.atende.pack.PackTools;
import io.atende.pack.ToolDefinition;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the HTTP request of a call from the tool's templates, its checked arguments and the environment. */
final class Requests {

    private static final Pattern PATH_PARAMETER = Pattern.compile("(?<!\\$)\\{([a-z][a-z0-9_]*)}");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** A request ready to send, or why the tool cannot be called as configured. */
    sealed interface Built {
        record Ready(HttpRequest request) implements Built {
        }

        record NotConfigured(String message) implements Built {
        }
    }

    private Requests() {
    }

    static Built build(PackTools pack, ToolDefinition tool, Map<String, Object> values, Duration timeout,
                       ToolEnvironment env) {
        if (tool.url().isEmpty()) {
            return new Built.NotConfigured("tool '" + tool.name() + "' has no url in tools.yaml");
        }
        String template = tool.url().get();
        String address;
        if (template.startsWith("http://") || template.startsWith("https://")) {
            address = template;
        } else {
            Optional<String> configured = pack.baseUrlEnv().flatMap(env::variable).or(pack::baseUrlDefault);
            Optional<String> base = configured.isPresent() && configured.get().startsWith("/")
                    ? env.serverAddress().map(server -> strip(server) + configured.get()) : configured;
            if (base.isEmpty()) {
                return new Built.NotConfigured("no base URL for tool '" + tool.name() + "'"
                        + pack.baseUrlEnv().map(e -> ": set " + e).orElse(" (no server address in this command)"));
            }
            address = strip(base.get()) + template;
        }
        Map<String, Object> rest = new LinkedHashMap<>(values);
        Matcher m = PATH_PARAMETER.matcher(address);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            Object value = rest.remove(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(encode(value == null ? "" : text(value))));
        }
        m.appendTail(filled);
        Optional<String> missing = firstMissing(filled + String.join("", tool.headers().values()), env);
        if (missing.isPresent()) {
            return new Built.NotConfigured("environment variable " + missing.get() + " is not set (tool '"
                    + tool.name() + "')");
        }
        String url = substitute(filled.toString(), env);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (tool.sendsBody()) {
            body = HttpRequest.BodyPublishers.ofString(Answers.JSON.writeValueAsString(rest));
        } else if (!rest.isEmpty()) {
            StringJoiner query = new StringJoiner("&", url.contains("?") ? "&" : "?", "");
            rest.forEach((k, v) -> query.add(encode(k) + "=" + encode(text(v))));
            url += query;
        }
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .method(tool.method(), body).header("Accept", "application/json");
            if (tool.sendsBody()) {
                request.header("Content-Type", "application/json");
            }
            tool.headers().forEach((name, value) -> request.header(name, substitute(value, env)));
            return new Built.Ready(request.build());
        } catch (IllegalArgumentException e) {
            // the message of URI.create or of a refused header could quote a secret: keep it out
            return new Built.NotConfigured("tool '" + tool.name() + "' has an invalid address or header");
        }
    }

    private static Optional<String> firstMissing(String text, ToolEnvironment env) {
        Matcher m = ENV_REFERENCE.matcher(text);
        while (m.find()) {
            if (env.variable(m.group(1)).isEmpty()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String substitute(String text, ToolEnvironment env) {
        return ENV_REFERENCE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(env.variable(r.group(1)).orElse("")));
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
