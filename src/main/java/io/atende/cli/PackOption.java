package io.atende.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --pack DIR}, shared by every command that runs a store. */
final class PackOption {

    @Option(names = "--pack", paramLabel = "DIR", description = "Store pack directory (default: the demo store).")
    Path pack;

    /** The chosen pack, else {@code ATENDE_PACK_DIR}, else the demo store. */
    Path dir() {
        return Launcher.packDir(pack);
    }
}
