package io.atende.pack;

import java.util.List;
import java.util.Optional;

/**
 * What {@code tools.yaml} declares: where the store's API is and the tools the journeys may call.
 *
 * @param baseUrlEnv     the environment variable that holds the store API's address, when the pack names one
 * @param baseUrlDefault the address used when that variable is unset; a path such as {@code /demo-api} is on the
 *                       server Atende itself runs
 * @param declared       false when the pack has no {@code tools.yaml}
 */
public record PackTools(Optional<String> baseUrlEnv, Optional<String> baseUrlDefault, List<ToolDefinition> tools,
                        boolean declared) {

    /** A pack without {@code tools.yaml}. */
    public static final PackTools NONE = new PackTools(Optional.empty(), Optional.empty(), List.of(), false);

    public PackTools {
        tools = List.copyOf(tools);
    }

    /** The tool called {@code name}, if declared. */
    public Optional<ToolDefinition> tool(String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
