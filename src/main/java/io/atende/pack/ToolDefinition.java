package io.atende.pack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One tool of {@code tools.yaml}: an HTTP call to the store's systems. A tool declared only by name and
 * parameters (the older, shorter form) can be checked against journeys but not called: its {@code url} is empty.
 *
 * @param method       GET, POST, PUT, PATCH or DELETE
 * @param url          the address template, relative to the pack's base URL or absolute; {@code {param}} marks a
 *                     path parameter and {@code ${ENV_NAME}} an environment variable. Empty for a declaration only
 * @param parameters   in the order written; parameters not in the path go to the query (GET, DELETE) or to a JSON
 *                     body (POST, PUT, PATCH)
 * @param headers      header templates; secrets only as {@code ${ENV_NAME}} references, never written in the pack
 * @param timeout      empty: the module's default timeout
 * @param result       result field name to JSON pointer ({@code /score}); empty: every field of the JSON object
 * @param acceptStatus statuses besides 2xx whose JSON body is an answer, not an error (a 404 with
 *                     {@code {"code":404,...}} that a journey branches on)
 * @param reply        an optional {@code {{field}}} template over the result fields
 */
public record ToolDefinition(String name, String description, String method, Optional<String> url,
                             List<ToolParameter> parameters, Map<String, String> headers, Optional<Duration> timeout,
                             Map<String, String> result, Set<Integer> acceptStatus, Optional<String> reply) {

    public ToolDefinition {
        parameters = List.copyOf(parameters);
        headers = Map.copyOf(headers);
        result = Map.copyOf(result);
        acceptStatus = Set.copyOf(acceptStatus);
    }

    /** The parameter called {@code name}, if declared. */
    public Optional<ToolParameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** True when the method sends the arguments in a JSON body. */
    public boolean sendsBody() {
        return switch (method) {
            case "POST", "PUT", "PATCH" -> true;
            default -> false;
        };
    }
}
