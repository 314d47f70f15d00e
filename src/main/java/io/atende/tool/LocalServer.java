package io.atende.tool;

import java.util.Optional;

/**
 * An in-process server that answers path base URLs ({@code /demo-api}) in commands that run no web server
 * ({@code ./atende chat}, {@code ./atende test}); the demo store API provides one. Started on first use.
 */
public interface LocalServer {

    /** {@code http://127.0.0.1:<port>}, or empty when this server does not serve the pack in force. */
    Optional<String> address();
}
