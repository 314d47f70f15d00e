package io.atende.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads and validates {@code tools.yaml}; every problem names its line. */
final class ToolFiles {

    static final String FILE = "tools.yaml";
    /** {@code ${NAME}}: an environment variable, the only place a secret may come from. */
    static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern PATH_PARAMETER = Pattern.compile("(?<!\\$)\\{([a-z][a-z0-9_]*)}");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> TOOL_KEYS = Set.of("name", "description", "method", "url", "parameters",
            "headers", "timeout_ms", "result", "accept_status", "reply");
    /** Headers that carry credentials: their value must come from the environment. */
    private static final Pattern SECRET_HEADER = Pattern.compile("(?i).*(auth|key|token|secret|password|cookie).*");
    /** What may surround a secret reference in such a header: a scheme word like Bearer or Basic. */
    private static final Pattern SCHEME_ONLY = Pattern.compile("[A-Za-z]*\\s*");

    private ToolFiles() {
    }

    static PackTools read(Path dir, List<PackProblem> problems) {
        if (!Files.exists(dir.resolve(FILE))) {
            return PackTools.NONE;
        }
        YamlNodes yaml = new YamlNodes(FILE, problems);
        MappingNode root = yaml.parse(dir.resolve(FILE));
        if (root == null) {
            return new PackTools(Optional.empty(), Optional.empty(), List.of(), true);
        }
        Map<String, Node> f = yaml.fields(root);
        for (String key : f.keySet()) {
            if (!key.equals("tools") && !key.equals("base_url")) {
                yaml.problem(f.get(key), "unknown key '" + key + "' (tools.yaml has base_url and tools)");
            }
        }
        String[] base = baseUrl(yaml, f.get("base_url"));
        List<ToolDefinition> tools = new ArrayList<>();
        Node list = f.get("tools");
        if (!(list instanceof SequenceNode seq)) {
            yaml.problem(list == null ? root : list, "expected a list under 'tools'");
        } else {
            Set<String> names = new HashSet<>();
            for (Node item : seq.getValue()) {
                ToolDefinition tool = tool(yaml, item, base[0] != null || base[1] != null);
                if (tool != null && !names.add(tool.name())) {
                    yaml.problem(item, "duplicate tool '" + tool.name() + "'");
                } else if (tool != null) {
                    tools.add(tool);
                }
            }
        }
        return new PackTools(Optional.ofNullable(base[0]), Optional.ofNullable(base[1]), tools, true);
    }

    /** {@code base_url: https://...} or {@code base_url: {env: NAME, default: ...}}; returns [env, default]. */
    private static String[] baseUrl(YamlNodes yaml, Node node) {
        String[] out = new String[2];
        if (node == null) {
            return out;
        }
        if (node instanceof ScalarNode) {
            out[1] = yaml.text(Map.of("base_url", node), "base_url", YamlNodes.line(node), true);
        } else if (node instanceof MappingNode map) {
            Map<String, Node> f = yaml.fields(map);
            out[0] = yaml.text(f, "env", YamlNodes.line(node), false);
            out[1] = yaml.text(f, "default", YamlNodes.line(node), false);
            if (out[0] != null && !out[0].matches("[A-Za-z_][A-Za-z0-9_]*")) {
                yaml.problem(f.get("env"), "'env' must be the name of an environment variable, like STORE_API_URL");
            }
            f.keySet().stream().filter(k -> !k.equals("env") && !k.equals("default"))
                    .forEach(k -> yaml.problem(f.get(k), "unknown key '" + k + "' in base_url (env, default)"));
        } else {
            yaml.problem(node, "'base_url' must be an address or a mapping with env and default");
        }
        if (out[1] != null && !out[1].matches("(https?://[^\\s/]+|/)[^\\s]*")) {
            yaml.problem(node, "base URL '" + out[1] + "' must start with http://, https:// or / (this server)");
            out[1] = null;
        }
        return out;
    }

    private static ToolDefinition tool(YamlNodes yaml, Node item, boolean hasBase) {
        if (!(item instanceof MappingNode map)) {
            yaml.problem(item, "each tool must be a mapping with at least a name");
            return null;
        }
        int line = YamlNodes.line(item);
        Map<String, Node> f = yaml.fields(map);
        f.keySet().stream().filter(k -> !TOOL_KEYS.contains(k)).forEach(k -> yaml.problem(f.get(k),
                "unknown key '" + k + "' (a tool has " + String.join(", ", TOOL_KEYS.stream().sorted().toList()) + ")"));
        String name = yaml.text(f, "name", line, true);
        if (name != null && !JourneySteps.NAME.matcher(name).matches()) {
            yaml.problem(f.get("name"), "tool name '" + name + "' must be lower case letters, digits and _");
        }
        String description = Optional.ofNullable(yaml.text(f, "description", line, false)).orElse("");
        List<ToolParameter> parameters = ToolParameters.read(yaml, f.get("parameters"));
        String url = yaml.text(f, "url", line, false);
        String method = Optional.ofNullable(yaml.text(f, "method", line, false)).orElse("GET").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            yaml.problem(f.get("method"), "unknown method '" + method + "' (GET, POST, PUT, PATCH, DELETE)");
        }
        if (url != null) {
            checkUrl(yaml, f.get("url"), url, parameters, hasBase);
        } else if (f.containsKey("method") || f.containsKey("headers") || f.containsKey("result")) {
            yaml.problem(item, "tool '" + name + "' has HTTP settings but no 'url'");
        }
        Map<String, String> headers = headers(yaml, f.get("headers"));
        Optional<Duration> timeout = timeout(yaml, f.get("timeout_ms"));
        Map<String, String> result = ToolParameters.result(yaml, f.get("result"));
        Set<Integer> accept = acceptStatus(yaml, f.get("accept_status"));
        Optional<String> reply = Optional.ofNullable(yaml.text(f, "reply", line, false));
        return name == null ? null : new ToolDefinition(name, description, method, Optional.ofNullable(url),
                parameters, headers, timeout, result, accept, reply);
    }

    private static void checkUrl(YamlNodes yaml, Node node, String url, List<ToolParameter> parameters,
                                 boolean hasBase) {
        boolean absolute = url.startsWith("http://") || url.startsWith("https://");
        if (!absolute && !url.startsWith("/")) {
            yaml.problem(node, "url '" + url + "' must be a path starting with / or an http(s) address");
        } else if (!absolute && !hasBase) {
            yaml.problem(node, "url '" + url + "' is a path, but tools.yaml has no base_url to put it on");
        }
        Matcher m = PATH_PARAMETER.matcher(url);
        while (m.find()) {
            String p = m.group(1);
            if (parameters.stream().noneMatch(d -> d.name().equals(p))) {
                yaml.problem(node, "url uses {" + p + "}, which is not a declared parameter");
            }
        }
    }

    private static Map<String, String> headers(YamlNodes yaml, Node node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MappingNode map)) {
            yaml.problem(node, "'headers' must be a mapping of header names to values");
            return out;
        }
        Map<String, Node> f = yaml.fields(map);
        for (var e : f.entrySet()) {
            String value = yaml.text(f, e.getKey(), YamlNodes.line(node), true);
            if (value == null) {
                continue;
            }
            if (SECRET_HEADER.matcher(e.getKey()).matches()
                    && (!ENV_REFERENCE.matcher(value).find()
                    || !SCHEME_ONLY.matcher(ENV_REFERENCE.matcher(value).replaceAll("")).matches())) {
                yaml.problem(e.getValue(), "header '" + e.getKey() + "' carries a secret: write it as ${ENV_NAME} "
                        + "(an environment variable), never in the pack");
                continue;
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    private static Optional<Duration> timeout(YamlNodes yaml, Node node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode s && s.getValue().matches("\\d{1,6}")) {
            long ms = Long.parseLong(s.getValue());
            if (ms >= 100 && ms <= 120_000) {
                return Optional.of(Duration.ofMillis(ms));
            }
        }
        yaml.problem(node, "'timeout_ms' must be a whole number of milliseconds from 100 to 120000");
        return Optional.empty();
    }

    private static Set<Integer> acceptStatus(YamlNodes yaml, Node node) {
        Set<Integer> out = new HashSet<>();
        for (String s : node == null ? List.<String>of() : yaml.texts(Map.of("accept_status", node), "accept_status",
                YamlNodes.line(node), false)) {
            if (s.matches("[1-5]\\d\\d")) {
                out.add(Integer.parseInt(s));
            } else {
                yaml.problem(node, "accept_status must list HTTP statuses such as 404, got '" + s + "'");
            }
        }
        return out;
    }
}
