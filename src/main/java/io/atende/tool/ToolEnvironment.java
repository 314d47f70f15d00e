package io.atende.tool;

import java.util.Optional;

/**
 * Where tools find what the pack may not hold: environment variables (API keys, the store API's address) and the
 * address of the server Atende itself runs, for base URLs written as a path such as {@code /demo-api}.
 */
public interface ToolEnvironment {

    /** The value of an environment variable (or of the same-named application property), if set and not blank. */
    Optional<String> variable(String name);

    /** {@code http://127.0.0.1:8080} while the web server runs; empty in a command without a server. */
    Optional<String> serverAddress();
}
