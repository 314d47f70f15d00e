package io.atende.cli;

import io.atende.knowledge.IndexInfo;
import io.atende.knowledge.KnowledgeBase;
import io.atende.pack.Pack;
import io.atende.pack.PackLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./atende index}: build the pack's retrieval index on local disk, where {@code serve} finds it. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build the retrieval index under ATENDE_DATA_DIR/index; an index of the same pack content is reused.")
final class IndexCommand implements Callable<Integer> {

    @CommandLine.Mixin
    PackOption pack = new PackOption();

    @Option(names = "--force", description = "Rebuild even if the index is up to date.")
    boolean force;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: $ATENDE_DATA_DIR or ./data).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Path dir = pack.dir();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("pack directory not found: " + dir);
        }
        Pack loaded = PackLoader.load(dir);
        Path data = (dataDir != null ? dataDir : Path.of(System.getenv().getOrDefault("ATENDE_DATA_DIR", "./data")))
                .toAbsolutePath().normalize();
        try (KnowledgeBase knowledge = KnowledgeBase.onDisk(loaded, KnowledgeSettings.fromEnvironment(),
                data.resolve("index"), force)) {
            IndexInfo info = knowledge.index().orElseThrow();
            if (info.built()) {
                System.out.printf("built: %,d products and %,d knowledge sections in %.2f s (%,.0f products/s)%n",
                        info.products(), info.sections(), info.seconds(), info.products() / info.seconds());
            } else {
                System.out.printf("up to date: %,d products and %,d knowledge sections (pack unchanged)%n",
                        info.products(), info.sections());
            }
            System.out.println("  " + info.directory());
        }
        return 0;
    }
}
