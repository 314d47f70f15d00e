package io.atende.tool;

import io.atende.pack.Pack;
import io.atende.pack.PackListener;
import io.atende.pack.PackLoader;
import io.atende.pack.PackSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Packs with a given tools.yaml, and a fixed environment, for tool tests. */
public final class ToolPacks {

    private ToolPacks() {
    }

    /** The test pack with {@code toolsYaml} as its tools.yaml, loaded and validated. */
    public static Pack withTools(String toolsYaml) {
        try {
            Path target = io.atende.pack.TestPacks.copyOfTestPack();
            Files.writeString(target.resolve("tools.yaml"), toolsYaml);
            return PackLoader.load(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PackSource fixed(Pack pack) {
        return new PackSource() {
            @Override
            public Pack current() {
                return pack;
            }

            @Override
            public void addListener(PackListener listener) {
            }

            @Override
            public void removeListener(PackListener listener) {
            }
        };
    }

    public static ToolEnvironment environment(Map<String, String> variables, String serverAddress) {
        return new ToolEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(variables.get(name));
            }

            @Override
            public Optional<String> serverAddress() {
                return Optional.ofNullable(serverAddress);
            }
        };
    }
}
