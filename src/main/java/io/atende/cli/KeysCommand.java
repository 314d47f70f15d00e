package io.atende.cli;

import io.atende.conversation.Reencryption;
import io.atende.privacy.KeyStoreFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./atende keys}: rotate the data key and re-seal stored data with it. See docs/security.md. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Data-key rotation: rotate | reencrypt | status | prune | generate.")
final class KeysCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ACTION", description = "rotate, reencrypt, status, prune or generate")
    String action;

    @CommandLine.Mixin

    PackOption pack = new PackOption();

    @Override
    public Integer call() {
        Path dataDir = Path.of(System.getenv().getOrDefault("ATENDE_DATA_DIR", "./data")).toAbsolutePath();
        switch (action) {
            case "generate" -> System.out.println(KeyStoreFiles.newKeyBase64());
            case "rotate" -> System.out.println("active key is now " + KeyStoreFiles.rotate(dataDir)
                    + "; run './atende keys reencrypt' to re-seal existing data");
            case "reencrypt" -> {
                try (var context = Launcher.start(pack.dir(), false, Map.of())) {
                    long n = context.getBean(Reencryption.class).reencryptAll();
                    System.out.println("re-sealed " + n + " value(s) with the active key");
                }
            }
            case "status" -> {
                try (var context = Launcher.start(pack.dir(), false, Map.of())) {
                    long stale = context.getBean(Reencryption.class).countStale();
                    System.out.println(stale + " value(s) sealed with an older key");
                    return stale == 0 ? 0 : 3;
                }
            }
            case "prune" -> {
                try (var context = Launcher.start(pack.dir(), false, Map.of())) {
                    long stale = context.getBean(Reencryption.class).countStale();
                    if (stale > 0) {
                        throw new IllegalStateException(stale + " value(s) still need an older key: run './atende keys reencrypt' first");
                    }
                }
                System.out.println("removed " + KeyStoreFiles.prune(dataDir) + " old key(s) from the key ring");
            }
            default -> throw new IllegalArgumentException("unknown action '" + action
                    + "': use rotate, reencrypt, status, prune or generate");
        }
        return 0;
    }
}
